import { appError } from '../../../shared/errors/appError';
import { allowedLocalPath } from '../../shell/allowedPaths';
import type { AppContext } from '../context';
import type { DesktopPort } from '../desktopPort';
import type { HandlerMap } from './types';

export const shellHandlers = {
  'shell.showInFolder': (args, ctx) => {
    const desktop = requireDesktop(ctx);
    desktop.showInFolder(allowedLocalPath(args.path, allowedRoots(ctx, desktop), 'show'));
    return { shown: true as const };
  },
  'shell.openPath': async (args, ctx) => {
    const desktop = requireDesktop(ctx);
    const failure = await desktop.openPath(allowedLocalPath(args.path, allowedRoots(ctx, desktop), 'open'));
    if (failure) {
      throw appError(
        'open-failed',
        `Hệ điều hành không mở được "${args.path}": ${failure}`,
        `The system could not open "${args.path}": ${failure}`,
        { path: args.path },
      );
    }
    return { opened: true as const };
  },
  'app.setLanguage': (args, ctx) => {
    ctx.desktop?.setLanguage(args.language);
    return { applied: ctx.desktop !== undefined };
  },
} satisfies Partial<HandlerMap>;

/** The desktop shell's services, or the typed answer every transport without them gives. */
export function requireDesktop(ctx: AppContext): DesktopPort {
  if (ctx.desktop) return ctx.desktop;
  throw appError(
    'desktop-only',
    'Chức năng này chỉ có trong ứng dụng trên máy tính (không có ở chế độ trình duyệt).',
    'This is only available in the desktop app (not in the browser mode).',
  );
}

function allowedRoots(ctx: AppContext, desktop: DesktopPort): string[] {
  return [ctx.dataDir, ...desktop.chosenFolders()];
}
