import { writeSync } from 'node:fs';
import { createAppContext } from '../../../electron/app/createAppContext';
import { type ChangeRecord, WORKLOADS } from './workloads';

/**
 * The child process of the crash-safety and backup tests: writes changes in a loop through the real
 * services on the data folder given as argv[2], printing one JSON line per change after it committed.
 * Written with writeSync: the line is out before the next change starts, so "printed" means "committed".
 * Runs until killed (or for argv[4] changes).
 */
const [dataDir, workloadName = 'meetings', limit = 'Infinity'] = process.argv.slice(2);
const workload = WORKLOADS[workloadName];
if (!dataDir || !workload) {
  console.error('usage: crashWriter <data dir> [workload] [count]');
  process.exit(2);
}
const ctx = createAppContext({
  dataDir,
  transport: 'browser',
  now: () => new Date('2026-11-25T09:00:00+07:00'),
});
if (ctx.databaseError) {
  console.error(ctx.databaseError.en);
  process.exit(3);
}
writeSync(1, 'ready\n');
const done: ChangeRecord[] = [];
for (let n = 1; n <= Number(limit); n++) {
  const change = workload.step(ctx, n, done.slice(-4));
  done.push(change);
  if (done.length > 8) done.shift();
  writeSync(1, `${JSON.stringify(change)}\n`);
}
ctx.db?.close();
