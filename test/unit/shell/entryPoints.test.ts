import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_INVOKE } from '../../../shared/contract/ipc';
import { fakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron.module);

// Each entry point runs once on import (as in the app), so each is imported once, by its own test.
beforeEach(() => fakeElectron.reset());

describe('the preload', () => {
  it('exposes one object, window.api: a call forwarder on the contract channel and the picked-file path', async () => {
    await import('../../../electron/preload');
    const api = fakeElectron.state.exposed.get('api');
    expect([...fakeElectron.state.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api ?? {})).toEqual(['invoke', 'pathForFile']);
    const pathForFile: unknown = api && typeof api === 'object' ? Reflect.get(api, 'pathForFile') : null;
    if (typeof pathForFile !== 'function') throw new Error('no pathForFile');
    expect(pathForFile({ name: 'Tờ trình.pdf' })).toBe('/picked/Tờ trình.pdf');
    const invoke: unknown = api && typeof api === 'object' ? Reflect.get(api, 'invoke') : null;
    if (typeof invoke !== 'function') throw new Error('no invoke');
    await invoke('meetings.list', { includePast: true });
    expect(fakeElectron.state.rendererInvokes).toEqual([
      [IPC_INVOKE, 'meetings.list', { includePast: true }],
    ]);
  });
});

describe('main.ts', () => {
  it('starts the shell with the electron module (single-instance lock checked first)', async () => {
    fakeElectron.reset({ singleInstanceLock: false });
    await import('../../../electron/main');
    await vi.waitFor(() => expect(fakeElectron.state.quits).toBe(1));
    expect(fakeElectron.state.privilegedSchemes).toHaveLength(1);
    expect(fakeElectron.state.windows).toHaveLength(0);
  });
});
