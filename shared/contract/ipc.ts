/** The single Electron IPC channel that carries contract calls (kept apart so the preload stays tiny). */
export const IPC_INVOKE = 'dossier-desk:invoke';
