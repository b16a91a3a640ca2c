/**
 * A minimal fake of the parts of the `electron` module the shell touches, recording what the shell does
 * with them. Electron cannot run here, so the shell's tests install it with
 * `vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron.module)` and assert on
 * `fakeElectron.state`. One instance per test file; `reset()` before each test.
 */

type Listener = (...args: unknown[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((l) => l !== wrapped),
      );
      return listener(...args);
    };
    return this.on(event, wrapped);
  }
  emit(event: string, ...args: unknown[]): unknown[] {
    return [...(this.listeners.get(event) ?? [])].map((listener) => listener(...args));
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  reloads = 0;
  reload(): void {
    this.reloads++;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeWindow extends FakeEmitter {
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  minimized = false;
  maximized = false;
  focused = 0;
  shown = 0;
  destroyed = false;
  normalBounds: Rect;
  constructor(readonly options: Record<string, unknown>) {
    super();
    this.normalBounds = {
      x: typeof options.x === 'number' ? options.x : 100,
      y: typeof options.y === 'number' ? options.y : 100,
      width: Number(options.width),
      height: Number(options.height),
    };
    state.windows.push(this);
  }
  static getAllWindows(): FakeWindow[] {
    return state.windows;
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
  isMinimized = () => this.minimized;
  isMaximized = () => this.maximized;
  isDestroyed = () => this.destroyed;
  restore = () => {
    this.minimized = false;
  };
  maximize = () => {
    this.maximized = true;
  };
  show = () => {
    this.shown++;
  };
  focus = () => {
    this.focused++;
  };
  getNormalBounds = () => this.normalBounds;
}

export class FakeNotification extends FakeEmitter {
  static isSupported = () => state.notificationsSupported;
  constructor(readonly options: { title: string; body: string }) {
    super();
  }
  show(): void {
    state.notifications.push(this.options);
  }
}

type Handler = (...args: unknown[]) => unknown;

function freshState() {
  return {
    singleInstanceLock: true,
    quits: 0,
    userData: '/nonexistent/userData',
    isPackaged: true,
    displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] as Array<{
      id: number;
      workArea: Rect;
    }>,
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    windows: [] as FakeWindow[],
    ipcHandlers: new Map<string, Handler>(),
    permissionRequestHandler: null as Handler | null,
    permissionCheckHandler: null as Handler | null,
    menus: [] as unknown[],
    notificationsSupported: false,
    notifications: [] as Array<{ title: string; body: string }>,
    openDialogAnswer: { canceled: true, filePaths: [] as string[] },
    messages: [] as unknown[],
    shownInFolder: [] as string[],
    opened: [] as string[],
    exposed: new Map<string, unknown>(),
    rendererInvokes: [] as unknown[][],
    appUserModelIds: [] as string[],
    popups: [] as unknown[],
    /** The button the next message box answers (crash dialogs: 0 reload, 1 open log folder, 2 close). */
    messageBoxResponse: 0,
  };
}

let state = freshState();

const app = new (class extends FakeEmitter {
  requestSingleInstanceLock = () => state.singleInstanceLock;
  quit = () => {
    state.quits++;
  };
  exit = () => {
    state.quits++;
  };
  whenReady = () => Promise.resolve();
  getPath = () => state.userData;
  getVersion = () => '0.1.0';
  setAppUserModelId = (id: string) => {
    state.appUserModelIds.push(id);
  };
  get isPackaged() {
    return state.isPackaged;
  }
})();

const module = {
  app,
  BrowserWindow: FakeWindow,
  Notification: FakeNotification,
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => state.privilegedSchemes.push(...schemes),
    handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
      state.protocolHandlers.set(scheme, handler),
  },
  net: {
    fetch: async (url: string) =>
      new Response(`contents of ${url}`, { headers: { 'Content-Type': 'text/html' } }),
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: Handler) => {
        state.permissionRequestHandler = handler;
      },
      setPermissionCheckHandler: (handler: Handler) => {
        state.permissionCheckHandler = handler;
      },
    },
  },
  ipcMain: { handle: (channel: string, handler: Handler) => state.ipcHandlers.set(channel, handler) },
  Menu: {
    buildFromTemplate: (template: unknown) => ({
      template,
      popup: (options: unknown) => state.popups.push({ template, options }),
    }),
    setApplicationMenu: (menu: unknown) => state.menus.push(menu),
  },
  screen: {
    getPrimaryDisplay: () => state.displays[0],
    getAllDisplays: () => state.displays,
  },
  dialog: {
    showOpenDialog: async () => state.openDialogAnswer,
    showMessageBox: async (...args: unknown[]) => {
      state.messages.push(args);
      return { response: state.messageBoxResponse };
    },
    showErrorBox: (...args: unknown[]) => state.messages.push(args),
  },
  shell: {
    showItemInFolder: (path: string) => state.shownInFolder.push(path),
    openPath: async (path: string) => {
      state.opened.push(path);
      return '';
    },
  },
  contextBridge: {
    exposeInMainWorld: (name: string, api: unknown) => state.exposed.set(name, api),
  },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      state.rendererInvokes.push(args);
      return { ok: true, value: null };
    },
  },
  webUtils: {
    getPathForFile: (file: { name: string }) => `/picked/${file.name}`,
  },
};

export const fakeElectron = {
  module,
  app,
  get state() {
    return state;
  },
  reset(overrides: Partial<ReturnType<typeof freshState>> = {}) {
    state = { ...freshState(), ...overrides };
    app.listeners.clear();
  },
};
