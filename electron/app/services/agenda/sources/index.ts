import type { DutySource } from '../duty';
import { leaderOpinionSource, signedDocumentsSource } from './meetingDuties';
import { opinionRequestSource } from './opinionRequestDuties';
import {
  coordinationSource,
  monthlyReportSource,
  planStepSource,
  taskDeadlineSource,
  taskExtensionReportSource,
} from './otherDuties';

/**
 * Every kind of dated duty the agenda gathers, one source each. To add a kind: name it in shared/agenda/kinds.ts and append its source here; the dashboard, the week strip,
 * notifications, the Lịch hạn screen, the CLI `agenda` and the .ics export all pick it up.
 */
export const AGENDA_SOURCES: readonly DutySource[] = [
  signedDocumentsSource,
  leaderOpinionSource,
  coordinationSource,
  taskDeadlineSource,
  taskExtensionReportSource,
  monthlyReportSource,
  planStepSource,
  opinionRequestSource,
];
