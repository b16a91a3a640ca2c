// `npm start`: the desktop app where an Electron binary can run; otherwise one clear line saying why,
// then the browser mode (same renderer and handlers, served on 127.0.0.1).
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { electronBinaryPath } from './electronBinary.mjs';
import { electronAbi, sqliteMismatch } from './nativeAbi.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

const built = spawnSync(process.execPath, [resolve(root, 'scripts/build.mjs'), '--quiet'], {
  stdio: 'inherit',
  cwd: root,
});
if (built.status !== 0) process.exit(built.status ?? 2);

const electron = electronBinary();
if (electron.ok && !args.includes('--browser')) {
  const child = spawn(electron.path, [root, ...args], { stdio: 'inherit', cwd: root });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    `Không chạy được Electron (${electron.why}) — mở chế độ trình duyệt. / Electron cannot run here (${electron.whyEn}) — starting the browser mode.`,
  );
  const child = spawn(
    process.execPath,
    [resolve(root, 'dist/electron/browser.cjs'), ...args.filter((a) => a !== '--browser')],
    {
      stdio: 'inherit',
      cwd: root,
    },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

function electronBinary() {
  if (process.argv.includes('--browser'))
    return { ok: false, why: 'đã chọn --browser', whyEn: '--browser given' };
  const path = electronBinaryPath();
  if (!path) {
    return {
      ok: false,
      why: 'chưa tải được tệp chạy Electron',
      whyEn: 'the Electron binary was not downloaded',
    };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { ok: false, why: 'không có màn hình đồ họa', whyEn: 'no graphical display' };
  }
  // A database module built for this Node would crash Electron's main process at the first query:
  // say so, with the command that fixes it, rather than start a desktop app that cannot open its data.
  const abi = electronAbi(root);
  const mismatch = abi === null ? null : sqliteMismatch(root, abi, 'electron');
  if (mismatch) {
    console.log(mismatch);
    return {
      ok: false,
      why: 'mô-đun SQLite chưa build cho Electron',
      whyEn: 'the SQLite module is not built for Electron',
    };
  }
  return { ok: true, path };
}
