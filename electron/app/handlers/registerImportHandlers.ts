import * as importing from '../services/registerImport/importRegister';
import type { HandlerMap } from './types';

export const registerImportHandlers = {
  'registerImport.read': (args, ctx) => importing.readImport(ctx, args),
  'registerImport.preview': (args, ctx) => importing.previewImport(ctx, args),
  'registerImport.commit': (args, ctx) => importing.commitImport(ctx, args),
} satisfies Partial<HandlerMap>;
