/**
 * Deadline computations per second over random meeting dates 2000–2100 (seeded), against naive
 * day-by-day loops measured in the same run. Run: npm run bench deadlines
 */
import { type DayNumber, dayNumber, isoFromDayNumber, isWeekend } from '../../shared/calendar/civilDate';
import { createWorkingCalendar, type WorkingCalendar } from '../../shared/calendar/workingCalendar';
import { deadlinesForMeeting, signedDocumentsDueDay } from '../../shared/deadlines/deadlines';
import { DEFAULT_RULE_SET } from '../../shared/deadlines/ruleSet';
import type { MeetingKind } from '../../shared/meetings/kinds';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS: MeetingKind[] = ['ppc', 'ppc-thematic', 'chairman', 'vice-chairman', 'party-committee'];
const N = 2_000_000;
const rand = mulberry32(42);
const first = dayNumber('2000-01-10');
const span = dayNumber('2100-12-31') - first;
const meetings = new Int32Array(N);
const kinds: MeetingKind[] = new Array(N);
for (let i = 0; i < N; i++) {
  meetings[i] = first + Math.floor(rand() * span);
  kinds[i] = KINDS[Math.floor(rand() * KINDS.length)] ?? 'ppc';
}

const t0 = performance.now();
const calendar = createWorkingCalendar();
for (let y = 2000; y <= 2100; y++) calendar.isWorkingDay(dayNumber(`${y}-06-01`));
const buildMs = performance.now() - t0;

/** Naive 1: walk back one day at a time, asking the same calendar (O(1) per day) whether it is worked. */
function naiveWithCalendar(cal: WorkingCalendar, meeting: DayNumber, n: number): DayNumber {
  let d = meeting;
  let left = n;
  while (left > 0) {
    d--;
    if (cal.isWorkingDay(d)) left--;
  }
  return d;
}

/** Naive 2: the usual hand-written version: weekend test plus sets of ISO strings for days off / worked. */
const offDays = new Set<string>();
const workedWeekendDays = new Set<string>();
for (let y = 1999; y <= 2100; y++) {
  for (const d of calendar.year(y).days) {
    const dn = dayNumber(d.date);
    if (!d.working && !isWeekend(dn)) offDays.add(d.date);
    if (d.working && isWeekend(dn)) workedWeekendDays.add(d.date);
  }
}
function naiveWithStrings(meeting: DayNumber, n: number): DayNumber {
  let d = meeting;
  let left = n;
  while (left > 0) {
    d--;
    const iso = isoFromDayNumber(d);
    const working = isWeekend(d) ? workedWeekendDays.has(iso) : !offDays.has(iso);
    if (working) left--;
  }
  return d;
}

const nOf = (k: MeetingKind) => DEFAULT_RULE_SET.signedDocumentsWorkingDays[k] ?? 0;

function measure(
  label: string,
  count: number,
  fn: (i: number) => number,
): { rate: number; checksum: number } {
  let best = Number.POSITIVE_INFINITY;
  let checksum = 0;
  for (let round = 0; round < 5; round++) {
    let sum = 0;
    const start = performance.now();
    for (let i = 0; i < count; i++) sum += fn(i);
    const ms = performance.now() - start;
    if (ms < best) best = ms;
    checksum = sum;
  }
  const rate = (count / best) * 1000;
  console.log(
    `${label.padEnd(58)} ${(rate / 1e6).toFixed(2).padStart(8)} M/s  (${best.toFixed(1)} ms for ${count})`,
  );
  return { rate, checksum };
}

console.log(`Calendar build, years 2000–2100 (lazy tables + lunar dates): ${buildMs.toFixed(1)} ms`);
console.log(`Random meetings: ${N} (seed 42), kinds ${KINDS.join(', ')}\n`);

const fast = measure(
  'engine: signedDocumentsDueDay (prefix tables)',
  N,
  (i) => signedDocumentsDueDay(meetings[i]!, kinds[i]!, calendar, DEFAULT_RULE_SET) ?? 0,
);
const naive1 = measure('naive: day-by-day loop over calendar.isWorkingDay', N, (i) =>
  naiveWithCalendar(calendar, meetings[i]!, nOf(kinds[i]!)),
);
const naiveCount = 200_000;
const naive2 = measure('naive: day-by-day loop, ISO-string holiday sets', naiveCount, (i) =>
  naiveWithStrings(meetings[i]!, nOf(kinds[i]!)),
);
const fastSame = measure(
  'engine on the same first 200k (for the checksum)',
  naiveCount,
  (i) => signedDocumentsDueDay(meetings[i]!, kinds[i]!, calendar, DEFAULT_RULE_SET) ?? 0,
);
const explainedCount = 200_000;
const explained = measure('engine: deadlinesForMeeting (explained objects)', explainedCount, (i) => {
  const list = deadlinesForMeeting(
    { kind: kinds[i]!, date: isoFromDayNumber(meetings[i]!) },
    calendar,
    DEFAULT_RULE_SET,
    '2026-01-01',
  );
  return list.length;
});

if (fast.checksum !== naive1.checksum || fastSame.checksum !== naive2.checksum) {
  console.error('MISMATCH: the engine and a naive loop disagree');
  process.exit(1);
}
console.log('\nChecksums agree (engine = both naive loops).');
console.log(`Ratio engine / naive (calendar lookups): ${(fast.rate / naive1.rate).toFixed(2)}×`);
console.log(`Ratio engine / naive (ISO-string sets):  ${(fast.rate / naive2.rate).toFixed(2)}×`);
console.log(
  `Explained deadlines: ${(explained.rate / 1e3).toFixed(0)} k meetings/s (with skipped days and text)`,
);
console.log(`Target ≥ 5 M/s for the engine: ${fast.rate >= 5e6 ? 'met' : 'NOT met'}`);
