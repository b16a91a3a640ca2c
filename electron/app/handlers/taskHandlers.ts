import * as tasks from '../services/taskService';
import * as votes from '../services/voteService';
import type { HandlerMap } from './types';

export const taskHandlers = {
  'tasks.list': (args, ctx) => tasks.listTasks(ctx, args),
  'tasks.create': (args, ctx) => tasks.createTask(ctx, args),
  'tasks.update': (args, ctx) => tasks.updateTask(ctx, args),
  'tasks.delete': (args, ctx) => tasks.deleteTask(ctx, args.id),
  'tasks.report': (args, ctx) => tasks.reportTask(ctx, args),
  'tasks.assess': (args, ctx) => tasks.assessTask(ctx, args),
  'tasks.extend': (args, ctx) => tasks.extendTask(ctx, args),
  'members.list': (_args, ctx) => votes.listMembers(ctx),
  'members.save': (args, ctx) => votes.saveMembers(ctx, args),
  'votes.drafts': (_args, ctx) => votes.drafts(ctx),
  'votes.list': (args, ctx) => votes.listVotes(ctx, args.agendaItemId),
  'votes.record': (args, ctx) => votes.recordVote(ctx, args),
  'votes.respond': (args, ctx) => votes.respond(ctx, args),
  'votes.tally': (args, ctx) => votes.tally(ctx, args.agendaItemId),
} satisfies Partial<HandlerMap>;
