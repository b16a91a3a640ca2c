import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../backup/durableFs';

/**
 * The main window's size and place, remembered across runs in `<data dir>/window-state.json`. Plain
 * Node: the shell reads the displays and the window, this module decides. A saved place on a screen that
 * is no longer there (a laptop undocked from its second monitor) is never used: the window would open
 * out of sight, which an office user cannot fix.
 */

export const WINDOW_STATE_FILE = 'window-state.json';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

export interface WindowSizes {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

export interface WindowPlacement {
  /** x and y are absent when the window should be centred by the system. */
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

/** How much of the window must be on a screen for the saved place to be kept: the title bar, grabbable. */
const MIN_VISIBLE = { width: 160, height: 48 };
const MAX_COORDINATE = 100_000;

/** The saved state, or null when there is none or it is not a plausible window (hand-edited, damaged). */
export function readWindowState(file: string): WindowState | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const field = (name: string): unknown => Reflect.get(parsed, name);
  const [x, y, width, height, maximized] = ['x', 'y', 'width', 'height', 'maximized'].map(field);
  if (![x, y, width, height].every(isCoordinate) || typeof maximized !== 'boolean') return null;
  const rect = { x: Number(x), y: Number(y), width: Number(width), height: Number(height) };
  if (rect.width <= 0 || rect.height <= 0) return null;
  return { ...rect, maximized };
}

export function writeWindowState(file: string, state: WindowState): void {
  writeFileAtomic(file, `${JSON.stringify(state)}\n`);
}

/**
 * Where to open the window: the saved place when enough of it is on one of the screens (its size
 * clamped to that screen), else the default size centred on the primary screen (workAreas[0]).
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  sizes: WindowSizes,
): WindowPlacement {
  const primary = workAreas[0];
  const clampSize = (width: number, height: number, area: Rect | undefined) => ({
    width: Math.max(sizes.minWidth, area ? Math.min(width, area.width) : width),
    height: Math.max(sizes.minHeight, area ? Math.min(height, area.height) : height),
  });
  if (!saved) return { bounds: clampSize(sizes.width, sizes.height, primary), maximized: false };
  const home = workAreas.find((area) => {
    const overlap = intersection(saved, area);
    return overlap.width >= MIN_VISIBLE.width && overlap.height >= MIN_VISIBLE.height;
  });
  if (!home) return { bounds: clampSize(saved.width, saved.height, primary), maximized: saved.maximized };
  const size = clampSize(saved.width, saved.height, home);
  // Pull the window fully inside its screen where it fits (part of it may hang off the edge).
  const x = Math.min(Math.max(saved.x, home.x), home.x + Math.max(0, home.width - size.width));
  const y = Math.min(Math.max(saved.y, home.y), home.y + Math.max(0, home.height - size.height));
  return { bounds: { x, y, ...size }, maximized: saved.maximized };
}

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function isCoordinate(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_COORDINATE;
}

/** The part of a BrowserWindow this module needs (the real one has it; tests pass a fake). */
export interface TrackedWindow {
  isMaximized(): boolean;
  isMinimized(): boolean;
  getNormalBounds(): Rect;
  on(event: 'close', listener: () => void): unknown;
}

/** Saves the window's place when it closes: the restored (normal) bounds, and whether it was maximised. */
export function rememberWindowState(
  win: TrackedWindow,
  file: string,
  onError: (error: unknown) => void,
): void {
  win.on('close', () => {
    try {
      writeWindowState(file, { ...win.getNormalBounds(), maximized: win.isMaximized() });
    } catch (error) {
      onError(error);
    }
  });
}
