import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  placeWindow,
  readWindowState,
  rememberWindowState,
  type WindowState,
  writeWindowState,
} from '../../../electron/shell/windowState';
// Aliased: biome reads a top-level `use…` call as a React hook.
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();
const sizes = { width: 1366, height: 768, minWidth: 1024, minHeight: 640 };
const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const monitorOnTheRight = { x: 1920, y: 0, width: 2560, height: 1400 };

function aState(overrides: Partial<WindowState> = {}): WindowState {
  return { x: 100, y: 80, width: 1280, height: 720, maximized: false, ...overrides };
}

describe('where the window opens', () => {
  it('opens at the default size, centred by the system, on a first run', () => {
    expect(placeWindow(null, [laptop], sizes)).toEqual({
      bounds: { width: 1366, height: 768 },
      maximized: false,
    });
  });

  it('reopens where it was, maximised or not', () => {
    expect(placeWindow(aState({ maximized: true }), [laptop], sizes)).toEqual({
      bounds: { x: 100, y: 80, width: 1280, height: 720 },
      maximized: true,
    });
  });

  it('reopens on the second monitor while that monitor is connected', () => {
    const saved = aState({ x: 2400, y: 200, width: 1600, height: 900 });
    expect(placeWindow(saved, [laptop, monitorOnTheRight], sizes).bounds).toEqual({
      x: 2400,
      y: 200,
      width: 1600,
      height: 900,
    });
  });

  it('comes back centred on the primary screen when the monitor it was on is gone', () => {
    const saved = aState({ x: 2400, y: 200, width: 2400, height: 1300 });
    expect(placeWindow(saved, [laptop], sizes)).toEqual({
      bounds: { width: 1920, height: 1040 },
      maximized: false,
    });
  });

  it('does not keep a place where only a sliver of the title bar would show', () => {
    const saved = aState({ x: 1850, y: 1000 });
    expect(placeWindow(saved, [laptop], sizes).bounds).toEqual({ width: 1280, height: 720 });
  });

  it('pulls a window hanging off the edge back inside its screen and never below the minimum size', () => {
    expect(placeWindow(aState({ x: 1000, y: -30, width: 500, height: 300 }), [laptop], sizes).bounds).toEqual(
      {
        x: 896,
        y: 0,
        width: 1024,
        height: 640,
      },
    );
  });
});

describe('the saved window state', () => {
  it('round-trips through the file, written atomically (no temp file left)', () => {
    const dir = tempDir();
    const file = join(dir, 'window-state.json');
    writeWindowState(file, aState());
    expect(readWindowState(file)).toEqual(aState());
    expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
  });

  it.each([
    ['missing', null],
    ['not JSON', '{oops'],
    ['a list', '[1,2,3]'],
    ['fractional sizes', '{"x":0,"y":0,"width":10.5,"height":700,"maximized":false}'],
    ['absurd coordinates', '{"x":1e9,"y":0,"width":1000,"height":700,"maximized":false}'],
    ['a zero size', '{"x":0,"y":0,"width":0,"height":700,"maximized":false}'],
    ['no maximised flag', '{"x":0,"y":0,"width":1000,"height":700}'],
  ])('is ignored when %s', (_label, content) => {
    const file = join(tempDir(), 'window-state.json');
    if (content !== null) writeFileSync(file, content);
    expect(readWindowState(file)).toBeNull();
  });

  it('is saved from the window’s normal bounds when it closes', () => {
    const file = join(tempDir(), 'window-state.json');
    const listeners: Array<() => void> = [];
    rememberWindowState(
      {
        isMaximized: () => true,
        isMinimized: () => false,
        getNormalBounds: () => ({ x: 10, y: 20, width: 1100, height: 700 }),
        on: (_event, listener) => listeners.push(listener),
      },
      file,
      (error) => {
        throw error;
      },
    );
    for (const listener of listeners) listener();
    expect(readWindowState(file)).toEqual({ x: 10, y: 20, width: 1100, height: 700, maximized: true });
  });
});
