/**
 * Dữ liệu mẫu: fills a data folder with a realistic sample agency (dossier-desk demo, the "try with sample
 * data" button). Always: upcoming meetings of every kind around `today`, items of every content kind in
 * every status, checklists from the templates, coordination answers and overdue requests, signed and
 * unsigned PDFs and DOCX drafts, all through the app's own services (so the files are inspected and stored
 * exactly as a user's would be). With `scale` N > 1, also ten years of history before `today`: 10·N
 * meetings, 10 items each, 10 checklist entries per item, 4 attachments per item (sharing a pool of small
 * PDFs, so the store stays small) and a coordination answer per item, inserted in bulk in one transaction
 * with prepared statements. The benchmark uses N = 500 (5,000 meetings, 50,000 items, 500,000 entries,
 * 200,000 attachments).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { dayNumber, isoFromDayNumber, parseIsoDate } from '../../shared/calendar/civilDate';
import type { WorkingCalendar } from '../../shared/calendar/workingCalendar';
import type { DemoSummary } from '../../shared/contract/demo';
import { DEFAULT_TEMPLATES, type TemplateEntryDraft } from '../../shared/dossiers/checklistTemplates';
import { CONTENT_KINDS, type ContentKind } from '../../shared/dossiers/contentKinds';
import { AGENDA_ITEM_STATUSES, type AgendaItemStatus } from '../../shared/dossiers/itemStatus';
import { AppError, appError } from '../../shared/errors/appError';
import type { MeetingKind } from '../../shared/meetings/kinds';
import { todayOf } from '../app/clock';
import type { AppContext } from '../app/context';
import { closeAppContext, createAppContext } from '../app/createAppContext';
import { createItem } from '../app/services/agendaItemService';
import {
  addAttachment,
  ingest,
  inspectGeneratedFilesInProcess,
  placeAndRecord,
} from '../app/services/attachmentService';
import { storeFor } from '../app/services/attachmentStore';
import { calendarFor } from '../app/services/calendarService';
import { getChecklist } from '../app/services/checklistService';
import { addRequest, answerRequest } from '../app/services/coordinationService';
import { requireDb } from '../app/services/requireDb';
import { getAgency, saveAgency } from '../db/repositories/agencyRepository';
import { setAgendaItemStatus } from '../db/repositories/agendaItemRepository';
import { setEntryState } from '../db/repositories/checklistRepository';
import { insertMeeting } from '../db/repositories/meetingRepository';
import { fillAgendaDemo } from './agendaDemo';
import { fillBookDemo } from './bookDemo';
import { minimalPdf } from './minimalPdf';
import { fillOpinionRequestDemo } from './opinionRequestDemo';
import { Random } from './random';
import { sampleDocx, samplePdf } from './sampleFiles';
import { prepareDemoSignatures } from './signatureDemo';
import {
  COORDINATING_AGENCIES,
  itemTitle,
  LEADERS,
  OFFICERS,
  SAMPLE_AGENCY,
  SUBJECTS,
  VICE_CHAIRMEN,
} from './vocabulary';
import { fillWorkProgramDemo } from './workProgramDemo';

export interface DemoOptions {
  /** The civil date the sample is built around ('YYYY-MM-DD'). */
  today: string;
  /** 1 (default): the realistic sample only; N > 1 adds 10·N meetings of history. */
  scale?: number;
  seed?: number;
  /** Progress lines (the CLI prints them). */
  log?: (line: string) => void;
}

/** Opens (or creates) the data folder, fills it, and closes it. */
export async function generateDemo(dataDir: string, options: DemoOptions): Promise<DemoSummary> {
  parseIsoDate(options.today, '--today');
  const ctx = createAppContext({
    dataDir,
    transport: 'cli',
    now: () => new Date(`${options.today}T09:00:00+07:00`),
  });
  try {
    if (ctx.databaseError) throw new AppError(ctx.databaseError);
    // The sample PDFs are made right here: inspected in this thread, not one worker each.
    inspectGeneratedFilesInProcess(ctx);
    return await fillDemo(ctx, options);
  } finally {
    closeAppContext(ctx);
  }
}

/** Fills an open, empty database (refuses one that already has meetings: sample data never mixes in). */
export async function fillDemo(ctx: AppContext, options: DemoOptions): Promise<DemoSummary> {
  const db = requireDb(ctx);
  const scale = options.scale ?? 1;
  if (!Number.isInteger(scale) || scale < 1 || scale > 10_000) {
    throw appError(
      'invalid-arguments',
      `--scale phải là số nguyên từ 1 đến 10000 (nhận được ${scale}).`,
      `--scale must be a whole number from 1 to 10000 (got ${scale}).`,
      { option: 'scale' },
    );
  }
  const existing = db.prepare('SELECT count(*) AS n FROM meeting').get() as { n: number };
  if (existing.n > 0) {
    throw appError(
      'demo-not-empty',
      `Thư mục dữ liệu đã có ${existing.n} cuộc họp. Dữ liệu mẫu chỉ được tạo trong một thư mục dữ liệu trống, để không lẫn với dữ liệu thật.`,
      `The data folder already has ${existing.n} meetings. Sample data is only created in an empty data folder, so it never mixes with real data.`,
      { meetings: existing.n },
    );
  }
  const log = options.log ?? (() => undefined);
  const rnd = new Random(options.seed ?? 20_261_125);
  db.transaction(() => {
    if (!getAgency(db)) {
      saveAgency(db, {
        ...SAMPLE_AGENCY,
        provincePreset: 'default-53-2022',
        officeHoursEnd: '17:00',
        createdAt: ctx.now().toISOString(),
      });
    }
  })();
  // Sample data can be made again at will: its hundreds of small commits skip the per-commit fsync of
  // synchronous=FULL (WAL keeps the file consistent either way), and one checkpoint syncs it all at the end.
  db.pragma('synchronous = NORMAL');
  try {
    if (scale > 1) {
      log(`Lịch sử 10 năm: ${10 * scale} cuộc họp…`);
      await fillHistory(ctx, rnd, scale);
    }
    log('Các cuộc họp sắp tới…');
    await fillUpcoming(ctx, rnd);
    await fillBookDemo(
      ctx,
      todayOf(() => ctx.now()),
    );
    fillWorkProgramDemo(ctx);
    fillAgendaDemo(ctx);
    await fillOpinionRequestDemo(ctx);
  } finally {
    db.pragma('synchronous = FULL');
    db.pragma('wal_checkpoint(FULL)');
  }
  return summarise(db);
}

function summarise(db: Database): DemoSummary {
  const count = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    agency: getAgency(db)?.name ?? '',
    meetings: count('meeting'),
    items: count('agenda_item'),
    entries: count('checklist_entry'),
    attachments: count('attachment'),
    blobs: count('blob'),
    coordination: count('coordination_request'),
  };
}

const MEETING_TITLES: Record<MeetingKind, (month: string, subject: string) => string> = {
  ppc: (month) => `Phiên họp UBND tỉnh thường kỳ tháng ${month}`,
  'ppc-thematic': (_m, subject) => `Phiên họp UBND tỉnh chuyên đề về ${subject}`,
  chairman: (_m, subject) => `Chủ tịch UBND tỉnh làm việc với các sở, ngành về ${subject}`,
  'vice-chairman': (_m, subject) => `Phó Chủ tịch UBND tỉnh nghe báo cáo về ${subject}`,
  'party-committee': (month) => `Phiên họp Ban cán sự đảng UBND tỉnh tháng ${month}`,
  other: (_m, subject) => `Hội nghị sơ kết công tác ${subject}`,
};

function monthText(iso: string): string {
  return `${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

function workingDayFrom(calendar: WorkingCalendar, dn: number): number {
  return calendar.nextWorkingDayOnOrAfter(dn);
}

// ---- the realistic sample ----------------------------------------------------------------------------

interface PlannedMeeting {
  kind: MeetingKind;
  offset: number;
  subject: string;
  cancelled?: boolean;
}

const UPCOMING: readonly PlannedMeeting[] = [
  { kind: 'vice-chairman', offset: 3, subject: 'phòng, chống thiên tai và tìm kiếm cứu nạn' },
  { kind: 'chairman', offset: 7, subject: 'quản lý đất đai' },
  { kind: 'party-committee', offset: 8, subject: '' },
  { kind: 'other', offset: 10, subject: 'chuyển đổi số ngành nông nghiệp' },
  { kind: 'ppc', offset: 15, subject: '' },
  { kind: 'vice-chairman', offset: 19, subject: 'quản lý, bảo vệ tài nguyên nước' },
  { kind: 'ppc-thematic', offset: 25, subject: 'bảng giá đất giai đoạn 2026–2030' },
  { kind: 'chairman', offset: 36, subject: 'xây dựng nông thôn mới nâng cao' },
  { kind: 'chairman', offset: 12, subject: 'đê điều và hồ chứa nước', cancelled: true },
  { kind: 'ppc', offset: -20, subject: '' },
  { kind: 'chairman', offset: -40, subject: 'giao đất, cho thuê đất thực hiện dự án' },
];

/** Every status at least once, spread so that the closest meetings carry the most advanced items. */
const STATUS_PLAN: readonly AgendaItemStatus[] = [
  'awaiting-signature',
  'signed',
  'drafting',
  'submitted',
  'awaiting-coordination',
  'under-appraisal',
  'signed',
  'withdrawn',
  'drafting',
  'awaiting-signature',
  'struck',
  'under-appraisal',
  'awaiting-coordination',
  'drafting',
  'submitted',
  'drafting',
  'under-appraisal',
  'awaiting-coordination',
  'drafting',
  'drafting',
];

const rank = (status: AgendaItemStatus) => AGENDA_ITEM_STATUSES.indexOf(status);

function entryStateFor(
  status: AgendaItemStatus,
  e: { entryKind: string; mustBeSigned: boolean; code: string | null },
) {
  const r = rank(status);
  if (status === 'withdrawn' || status === 'struck' || status === 'drafting') {
    return e.entryKind === 'content-requirement' || e.code === 'submission' ? 'draft' : 'missing';
  }
  if (r >= rank('signed')) return e.mustBeSigned ? 'signed' : 'final';
  if (r >= rank('awaiting-signature')) return 'final';
  if (r >= rank('awaiting-coordination')) return e.code === 'coordination-opinions' ? 'draft' : 'final';
  return e.entryKind === 'content-requirement' ? 'final' : 'draft';
}

async function fillUpcoming(ctx: AppContext, rnd: Random): Promise<void> {
  const db = requireDb(ctx);
  const calendar = calendarFor(ctx);
  const todayDn = dayNumber(todayOf(ctx.now));
  const at = ctx.now().toISOString();
  const scratch = mkdtempSync(join(tmpdir(), 'dossier-demo-'));
  const signingTime = new Date(ctx.now().getTime() - 2 * 86_400_000);
  const demoSignatures = await prepareDemoSignatures(ctx);
  let fileNo = 0;
  let showcased = 0;
  const writeScratch = (name: string, bytes: Buffer) => {
    const dir = join(scratch, String(++fileNo));
    mkdirSync(dir);
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  try {
    let k = 0;
    for (const plan of UPCOMING) {
      const dn = workingDayFrom(calendar, todayDn + plan.offset);
      const date = isoFromDayNumber(dn);
      const subject = plan.subject || rnd.pick(SUBJECTS);
      const meeting = db.transaction(() => {
        const m = insertMeeting(
          db,
          {
            kind: plan.kind,
            viceChairman: plan.kind === 'vice-chairman' ? rnd.pick(VICE_CHAIRMEN) : null,
            date,
            time: rnd.pick(['08:00', '14:00']),
            place: 'Phòng họp số 1, trụ sở UBND tỉnh',
            chair:
              plan.kind === 'party-committee' ? 'Bí thư Ban cán sự đảng UBND tỉnh' : 'Chủ tịch UBND tỉnh',
            title: MEETING_TITLES[plan.kind](monthText(date), subject),
            notes: '',
          },
          at,
        );
        return m;
      })();
      const past = plan.offset < 0;
      const count = plan.cancelled ? 1 : past ? 2 : 3;
      for (let n = 0; n < count; n++) {
        const kind = CONTENT_KINDS[k % CONTENT_KINDS.length] as ContentKind;
        const status: AgendaItemStatus = past
          ? 'submitted'
          : (STATUS_PLAN[k % STATUS_PLAN.length] ?? 'drafting');
        k++;
        const itemSubject = n === 0 && plan.subject ? plan.subject : rnd.pick(SUBJECTS);
        const title = itemTitle(kind, itemSubject, Number(date.slice(0, 4)), k);
        const item = createItem(ctx, {
          meetingId: meeting.id,
          title,
          contentKind: kind,
          leadOfficer: rnd.pick(OFFICERS),
          leaderInCharge: rnd.pick(LEADERS),
          workProgramItemId: null,
          notes: '',
        });
        const checklist = getChecklist(ctx, item.id);
        db.transaction(() => {
          setAgendaItemStatus(db, item.id, status, at, sampleSubmissionDay(date, todayDn, rnd));
          for (const e of checklist.entries) setEntryState(db, e.id, entryStateFor(status, e), at);
        })();

        // Files: drafts as DOCX once appraisal starts; the tờ trình as PDF once it awaits signature.
        const r = rank(status);
        const open = status !== 'withdrawn' && status !== 'struck';
        if (open && r >= rank('under-appraisal')) {
          const draft = checklist.entries.find(
            (e) => e.code === 'draft' || e.code === 'draft-decision' || e.code === 'main-document',
          );
          if (draft) {
            const name = `${draft.label} - ${itemSubject}.docx`.replace(/[/\\:]/g, '-');
            const bytes = await sampleDocx(title, [
              `Dự thảo lần ${rnd.int(1, 4)}`,
              `Lĩnh vực: ${itemSubject}`,
            ]);
            await addAttachment(ctx, {
              entryId: draft.id,
              source: { kind: 'path', path: writeScratch(name, bytes) },
            });
          }
        }
        const submission = checklist.entries.find((e) => e.code === 'submission');
        if (open && submission && r >= rank('awaiting-signature')) {
          const number = 100 + k;
          // One "signed" item carries an unsigned scan: the workspace warns about it.
          const unsignedOnPurpose = status === 'awaiting-signature' || (status === 'signed' && k % 2 === 0);
          const lines = [
            `Số: ${number}/TTr-${SAMPLE_AGENCY.code}`,
            `Kính gửi: Ủy ban nhân dân tỉnh`,
            `Căn cứ pháp lý, căn cứ thực tiễn, trình tự thủ tục và ý kiến tham mưu về ${itemSubject}.`,
          ];
          const bytes = unsignedOnPurpose
            ? await samplePdf(`Tờ trình ${title}`, lines, signingTime)
            : await demoSignatures.signedPdf(
                `Tờ trình ${title}`,
                lines,
                LEADERS[0] ?? 'Giám đốc',
                signingTime,
                // Items already marked signed keep a good signature; later stages show the other verdicts.
                status !== 'signed',
              );
          // Named in NFD, as files copied from a Mac arrive: stored and searched in NFC.
          const name = `Tờ trình số ${number}-TTr-${SAMPLE_AGENCY.code}.pdf`.normalize('NFD');
          await addAttachment(ctx, {
            entryId: submission.id,
            source: { kind: 'path', path: writeScratch(name, bytes) },
          });
        }

        // The dashboard's documents still to sign show the verdicts (issue 14): the first item awaiting
        // signature has a Sở Tư pháp appraisal report signed under a CA the agency never imported (valid but
        // not trusted), the first one in drafting a tờ trình signed with an expired certificate (invalid).
        const showcase =
          status === 'awaiting-signature' && showcased === 0
            ? checklist.entries.find((e) => e.code === 'appraisal-report')
            : status === 'drafting' && showcased === 1
              ? submission
              : undefined;
        if (open && showcase) {
          showcased++;
          const bytes = await demoSignatures.signedPdf(
            `${showcase.label} - ${title}`,
            [`Lĩnh vực: ${itemSubject}`],
            showcased === 1 ? 'Giám đốc Sở Tư pháp' : (LEADERS[0] ?? 'Giám đốc'),
            signingTime,
            true,
          );
          const name = `${showcase.label} (bản ký) - ${itemSubject}.pdf`.replace(/[/\\:]/g, '-');
          await addAttachment(ctx, {
            entryId: showcase.id,
            source: { kind: 'path', path: writeScratch(name, bytes) },
          });
        }

        // Coordination: asked once the draft exists; overdue for the items still waiting on it.
        if (r >= rank('awaiting-coordination') && open) {
          const askedOn = isoFromDayNumber(todayDn - 12);
          for (const [i, who] of COORDINATING_AGENCIES.slice(k % 3, (k % 3) + 2).entries()) {
            const request = addRequest(ctx, {
              itemId: item.id,
              agency: who.agency,
              person: who.person,
              askedOn,
              dueOn: isoFromDayNumber(todayDn - 2 + i * 4),
            });
            if (status === 'awaiting-coordination' && i === 0) continue; // overdue, no answer yet
            const answer = (['agree', 'agree-with-comments', 'disagree'] as const)[(k + i) % 3] ?? 'agree';
            const letter =
              i === 0
                ? writeScratch(
                    `Công văn góp ý của ${who.agency}.pdf`,
                    await samplePdf(`Ý kiến của ${who.agency}`, [`V/v góp ý dự thảo: ${title}`], signingTime),
                  )
                : null;
            await answerRequest(ctx, {
              id: request.id,
              answer,
              answerText:
                answer === 'agree'
                  ? 'Thống nhất với nội dung dự thảo.'
                  : answer === 'disagree'
                    ? 'Không thống nhất phương án đề xuất tại Điều 3; đề nghị nghiên cứu lại.'
                    : 'Thống nhất, đề nghị bổ sung căn cứ pháp lý và đánh giá tác động.',
              answeredOn: isoFromDayNumber(todayDn - 3),
              file: letter ? { kind: 'path', path: letter } : null,
            });
          }
        }
      }
      // Cancelled after its item was added: the item stays on record, off the dashboard.
      if (plan.cancelled) db.prepare("UPDATE meeting SET status = 'cancelled' WHERE id = ?").run(meeting.id);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// ---- ten years of history, in bulk -------------------------------------------------------------------

const HISTORY_KINDS: readonly MeetingKind[] = [
  'ppc',
  'chairman',
  'chairman',
  'vice-chairman',
  'vice-chairman',
  'vice-chairman',
  'party-committee',
  'ppc-thematic',
  'other',
];
const POOL_SIZE = 40;
const ITEMS_PER_MEETING = 10;
const ENTRIES_PER_ITEM = 10;
const ATTACHMENTS_PER_ITEM = 4;

async function fillHistory(ctx: AppContext, rnd: Random, scale: number): Promise<void> {
  const db = requireDb(ctx);
  const calendar = calendarFor(ctx);
  const store = storeFor(ctx);
  const todayDn = dayNumber(todayOf(ctx.now));

  // A pool of small distinct PDFs that the history's attachments share (content-addressed: one file each).
  const scratch = mkdtempSync(join(tmpdir(), 'dossier-demo-pool-'));
  const pool: string[] = [];
  try {
    for (let i = 0; i < POOL_SIZE; i++) {
      const path = join(scratch, `pool-${i}.pdf`);
      writeFileSync(path, minimalPdf(`Dossier Desk sample document ${i} - ${SUBJECTS[i % SUBJECTS.length]}`));
      const file = await ingest(ctx, store, { kind: 'path', path });
      placeAndRecord(ctx, store, file, () => undefined);
      pool.push(file.staged.sha256);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const meetingCount = 10 * scale;
  const span = 3650;
  const insertMeeting = db.prepare(
    `INSERT INTO meeting (kind, vice_chairman, date, time, place, chair, title, notes, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'Phòng họp số 1, trụ sở UBND tỉnh', 'Chủ tịch UBND tỉnh', ?, '', ?, ?, ?)`,
  );
  const insertItem = db.prepare(
    `INSERT INTO agenda_item (meeting_id, position, title, content_kind, lead_officer, leader_in_charge,
       work_program_item_id, status, notes, created_at, updated_at, submitted_on)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, '', ?, ?, ?)`,
  );
  const insertEntry = db.prepare(
    `INSERT INTO checklist_entry (agenda_item_id, position, code, label, entry_kind, required, must_be_signed, state,
       notes, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?)`,
  );
  const insertAttachment = db.prepare(
    'INSERT INTO attachment (checklist_entry_id, blob_sha256, original_name, added_at) VALUES (?, ?, ?, ?)',
  );
  const insertRequest = db.prepare(
    `INSERT INTO coordination_request (agenda_item_id, agency, person, asked_on, due_on, answer, answer_text,
       answered_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const padded = (kind: ContentKind): TemplateEntryDraft[] => {
    const base = [...DEFAULT_TEMPLATES[kind]];
    for (let n = 1; base.length < ENTRIES_PER_ITEM; n++) {
      base.push({
        code: null,
        label: `Phụ lục ${n}: tài liệu kèm theo`,
        entryKind: 'document',
        required: false,
        mustBeSigned: false,
      });
    }
    return base.slice(0, ENTRIES_PER_ITEM);
  };
  const templates = new Map(CONTENT_KINDS.map((k) => [k, padded(k)]));

  db.transaction(() => {
    for (let m = 0; m < meetingCount; m++) {
      const dn = Math.min(
        workingDayFrom(calendar, todayDn - span + Math.floor((m * span) / meetingCount)),
        todayDn - 1,
      );
      const date = isoFromDayNumber(dn);
      const at = `${date}T01:00:00.000Z`;
      const kind = rnd.pick(HISTORY_KINDS);
      const subject = rnd.pick(SUBJECTS);
      const meetingId = Number(
        insertMeeting.run(
          kind,
          kind === 'vice-chairman' ? rnd.pick(VICE_CHAIRMEN) : null,
          date,
          rnd.pick(['08:00', '14:00']),
          MEETING_TITLES[kind](monthText(date), subject),
          rnd.next() < 0.02 ? 'cancelled' : 'scheduled',
          at,
          at,
        ).lastInsertRowid,
      );
      for (let p = 1; p <= ITEMS_PER_MEETING; p++) {
        const contentKind = rnd.pick(CONTENT_KINDS);
        const roll = rnd.next();
        const status: AgendaItemStatus = roll < 0.9 ? 'submitted' : roll < 0.95 ? 'withdrawn' : 'struck';
        const itemSubject = rnd.pick(SUBJECTS);
        const title = itemTitle(contentKind, itemSubject, Number(date.slice(0, 4)), rnd.int(0, 5));
        const itemId = Number(
          insertItem.run(
            meetingId,
            p,
            title,
            contentKind,
            rnd.pick(OFFICERS),
            rnd.pick(LEADERS),
            status,
            at,
            at,
            status === 'withdrawn' ? null : sampleSubmissionDay(date, todayDn, rnd),
          ).lastInsertRowid,
        );
        const entries = templates.get(contentKind) ?? [];
        entries.forEach((e, i) => {
          const state = status === 'submitted' ? (e.mustBeSigned ? 'signed' : 'final') : 'draft';
          const entryId = Number(
            insertEntry.run(
              itemId,
              i + 1,
              e.code,
              e.label,
              e.entryKind,
              e.required ? 1 : 0,
              e.mustBeSigned ? 1 : 0,
              state,
              at,
            ).lastInsertRowid,
          );
          if (i < ATTACHMENTS_PER_ITEM) {
            const name = `${e.label} - ${itemSubject} (${monthText(date).replace('/', '-')}).pdf`.replace(
              /[/\\:]/g,
              '-',
            );
            insertAttachment.run(entryId, rnd.pick(pool), name, at);
          }
        });
        const who = rnd.pick(COORDINATING_AGENCIES);
        const asked = isoFromDayNumber(dn - 20);
        const answer = rnd.pick(['agree', 'agree', 'agree-with-comments', 'disagree'] as const);
        insertRequest.run(
          itemId,
          who.agency,
          who.person,
          asked,
          isoFromDayNumber(dn - 10),
          answer,
          '',
          isoFromDayNumber(dn - 11),
          at,
          at,
        );
      }
    }
  })();
}

/**
 * When a sample item's documents went to the Office: usually five calendar days before the meeting
 * (on time for a three-working-day rule), sometimes only two (late), and never after today.
 */
function sampleSubmissionDay(meetingDate: string, todayDn: number, rnd: Random): string {
  const before = rnd.next() < 0.85 ? 5 : 2;
  return isoFromDayNumber(Math.min(dayNumber(meetingDate) - before, todayDn));
}
