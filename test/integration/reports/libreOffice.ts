import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

/**
 * LibreOffice headless and poppler for the document tests. They are required, not optional: a missing
 * tool fails the test with the command that installs it, so a CI without them cannot pass silently.
 */
const INSTALL =
  'apt-get update && apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation';

export function requireTool(name: 'soffice' | 'pdftotext' | 'pdftoppm' | 'pdfinfo'): string {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      `${name} is required by the document tests and was not found on PATH. Install it with: ${INSTALL}`,
    );
  }
}

export function workDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `dossier-desk-${prefix}-`));
}

/**
 * Converts files with soffice. Each call gets its own user profile so parallel test files do not fight
 * over one (LibreOffice refuses to start twice on the same profile).
 */
export function convert(files: string[], to: string, outDir: string): string[] {
  const soffice = requireTool('soffice');
  const profile = workDir('lo-profile');
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const ext = to.split(':')[0] ?? to;
  return files.map((f) => join(outDir, `${basename(f, extname(f))}.${ext}`));
}

export function pdfText(pdfPath: string): string {
  const tool = requireTool('pdftotext');
  // pdftotext may hand back decomposed diacritics; compare in NFC like the rest of the app.
  return execFileSync(tool, ['-layout', pdfPath, '-'], { encoding: 'utf8' }).normalize('NFC');
}

export function pdfInfo(pdfPath: string): { pages: number; pageSize: string } {
  const out = execFileSync(requireTool('pdfinfo'), [pdfPath], { encoding: 'utf8' });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1] ?? Number.NaN),
    pageSize: /Page size:\s+([^\n]+)/.exec(out)?.[1]?.trim() ?? '',
  };
}

/** Renders every page to PNG (for a person to look at) and returns the paths. */
export function renderPng(pdfPath: string, outPrefix: string, dpi = 100): string[] {
  execFileSync(requireTool('pdftoppm'), ['-r', String(dpi), '-png', pdfPath, outPrefix]);
  const { pages } = pdfInfo(pdfPath);
  const width = String(pages).length;
  return Array.from({ length: pages }, (_, i) => `${outPrefix}-${String(i + 1).padStart(width, '0')}.png`);
}

export function writeTemp(dir: string, name: string, data: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8').normalize('NFC');
}
