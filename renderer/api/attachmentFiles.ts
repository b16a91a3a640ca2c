import { call } from './api';
import { fileSource, saveDownload } from './files';

/** Attachments between the user's files and the store (how a file travels: see files.ts). */
export type Transport = 'electron' | 'browser' | 'cli';

/** Attaches picked or dropped files to a checklist entry, one after the other (each is its own transaction). */
export async function attachFiles(entryId: number, files: readonly File[]) {
  const results = [];
  for (const file of files) {
    const source = await fileSource(file);
    results.push(await call('attachments.add', { entryId, source }));
  }
  return results;
}

/** Opens a stored file: the system viewer on the store's copy (desktop), or a download (browser mode). */
export async function openAttachment(id: number, transport: Transport): Promise<void> {
  const file = await call('attachments.file', { id });
  if (transport === 'electron') await call('shell.openPath', { path: file.path });
  else await saveDownload(`./api/attachment/${id}`, file.name);
}
