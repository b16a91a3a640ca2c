import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { freshDataDir, type RunningApp, startApp } from './appServer';

const root = resolve(__dirname, '..', '..');

/** Fills a fresh data folder with the sample data through the CLI (as `dossier-desk demo` does). */
export function seedSampleData(dataDir: string, today: string): void {
  const r = spawnSync(
    process.execPath,
    [join(root, 'bin/dossier-desk.cjs'), 'demo', '--data-dir', dataDir, '--today', today],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`demo failed: ${r.stderr}`);
}

/** The browser-mode app on a fresh data folder filled with the sample data, its clock pinned to `today`. */
export function startSampleApp(today: string): Promise<RunningApp> {
  const dataDir = freshDataDir();
  seedSampleData(dataDir, today);
  return startApp({ dataDir, today });
}

export interface AxeFinding {
  where: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Serious and critical axe violations of what is on screen now (WCAG 2.1 A/AA rules). */
export async function axeFindings(page: Page, where: string): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      where,
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 4).map((n) => n.target.join(' ')),
    }));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join(root, 'test-results', 'screens');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

export async function expectNoFindings(findings: AxeFinding[]): Promise<void> {
  expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
}
