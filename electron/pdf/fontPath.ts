import { existsSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { AppError } from '../../shared/errors/appError';

/** Noto Sans Regular: Latin with every Vietnamese precomposed letter (ả, ờ, ự...). */
const PACKAGE_FONT = join(
  'node_modules',
  '@expo-google-fonts',
  'noto-sans',
  '400Regular',
  'NotoSans_400Regular.ttf',
);
/** Where a packaged build carries the font (electron-builder extraResources → resources/fonts). */
const BUNDLED_FONT = join('fonts', 'NotoSans_400Regular.ttf');

/** `dir` and each of its parents, up to the root: node_modules may sit several levels up. */
function upwards(dir: string): string[] {
  const out: string[] = [];
  for (let at = dir; ; at = dirname(at)) {
    out.push(at);
    if (at === parse(at).root) return out;
  }
}

function startingPoints(): string[] {
  const points: string[] = [];
  // Packaged Electron app: process.resourcesPath is set by Electron only.
  if ('resourcesPath' in process && typeof process.resourcesPath === 'string')
    points.push(process.resourcesPath);
  // The bundled module's folder (CJS bundles, vitest); `typeof` keeps plain ESM from throwing.
  if (typeof __dirname === 'string') points.push(__dirname);
  if (process.argv[1]) points.push(dirname(process.argv[1]));
  points.push(process.cwd());
  return points;
}

/** Every path fontPath() would try, in order (shown when none exists). */
export function fontCandidates(override?: string): string[] {
  const env = process.env.DOSSIER_DESK_FONT;
  const found: string[] = [];
  if (override) found.push(override);
  if (env) found.push(env);
  for (const start of startingPoints()) {
    for (const dir of upwards(start)) found.push(join(dir, BUNDLED_FONT), join(dir, PACKAGE_FONT));
  }
  return [...new Set(found)];
}

/**
 * The TTF used for Vietnamese text in generated PDFs: an explicit override, then $DOSSIER_DESK_FONT, then
 * the packaged resources folder, then node_modules above the running code or the working directory.
 */
export function fontPath(override?: string): string {
  if (override) {
    if (existsSync(override)) return override;
    throw new AppError({
      code: 'pdf.fontMissing',
      vi: 'Không tìm thấy tệp phông chữ đã chỉ định.',
      en: 'The given font file does not exist.',
      detail: { path: override },
    });
  }
  const candidates = fontCandidates();
  const hit = candidates.find((p) => existsSync(p));
  if (hit) return hit;
  throw new AppError({
    code: 'pdf.fontMissing',
    vi: 'Không tìm thấy phông chữ tiếng Việt (Noto Sans) để tạo PDF.',
    en: 'The Vietnamese font (Noto Sans) for generating PDFs was not found.',
    detail: { tried: candidates.slice(0, 12) },
  });
}
