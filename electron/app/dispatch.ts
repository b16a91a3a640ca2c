import type { z } from 'zod';
import { type Channel, contract, isChannel, type Result } from '../../shared/contract';
import { FIELD_LABELS } from '../../shared/contract/fieldLabels';
import { type AppErrorData, isAppError } from '../../shared/errors/appError';
import { MEETING_KINDS, type MeetingKind } from '../../shared/meetings/kinds';
import { MEETING_KIND_LABELS } from '../../shared/packages/meetingKindLabels';
import type { AppContext } from './context';
import { handlers } from './handlers';
import type { Handler } from './handlers/types';
import { appLog } from './log';

/**
 * The single entry every transport calls: checks the channel, validates the arguments against the
 * contract, runs the handler and turns every failure into a typed error value. Nothing throws past here.
 */
export async function dispatch(
  ctx: AppContext,
  channel: unknown,
  rawArgs: unknown,
): Promise<Result<unknown>> {
  if (typeof channel !== 'string' || !isChannel(channel))
    return { ok: false, error: unknownChannel(channel) };
  const parsed = contract[channel].args.safeParse(rawArgs ?? {});
  if (!parsed.success) return { ok: false, error: invalidArguments(channel, parsed.error) };
  try {
    // The map is keyed by the same channel; TypeScript cannot correlate the two unions, hence the view.
    const handler = handlers[channel] as Handler<Channel>;
    const value = await handler(parsed.data as never, ctx);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toErrorData(error, channel) };
  }
}

export function toErrorData(error: unknown, channel: string): AppErrorData {
  if (isAppError(error)) return error.toData();
  // Unexpected: the whole failure goes to the log under a short id, which the message carries so that
  // a support request can point at the right line.
  const id = appLog().error(`${channel} failed`, error);
  // A database error's text quotes SQL: it stays in the log, the person reads only its code.
  const message =
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('SQLITE_')
      ? error.code
      : error instanceof Error
        ? error.message
        : String(error);
  return {
    code: 'internal',
    vi: `Lỗi không mong đợi khi thực hiện "${channel}". Dữ liệu không bị thay đổi. Chi tiết: ${message} (mã lỗi ${id}, xem nhật ký trong Cài đặt › Chung)`,
    en: `Unexpected error while running "${channel}". No data was changed. Details: ${message} (error id ${id}, see the log in Settings › General)`,
    detail: { logId: id },
  };
}

function unknownChannel(channel: unknown): AppErrorData {
  const name = typeof channel === 'string' ? channel.slice(0, 100) : typeof channel;
  return {
    code: 'unknown-channel',
    vi: `Yêu cầu không hợp lệ: kênh "${name}" không tồn tại.`,
    en: `Invalid request: there is no channel "${name}".`,
  };
}

const FIELD_MESSAGES: Record<string, { vi: string; en: string }> = {
  required: { vi: 'không được để trống', en: 'must not be empty' },
  'invalid-date': { vi: 'không phải ngày hợp lệ', en: 'is not a valid date' },
  'invalid-time': { vi: 'không phải giờ hợp lệ (HH:mm)', en: 'is not a valid time (HH:mm)' },
  'choose-one': { vi: 'chưa chọn', en: 'nothing chosen' },
  'invalid-month': { vi: 'chưa chọn tháng hợp lệ', en: 'no valid month chosen' },
  'control-character': {
    vi: 'chứa ký tự điều khiển không nhìn thấy (ví dụ ký tự NUL); hãy gõ lại hoặc xoá đoạn vừa dán',
    en: 'contains an invisible control character (such as NUL); type it again or remove the pasted part',
  },
  'invalid-agency-code': {
    vi: 'chỉ gồm chữ, số và dấu gạch ngang',
    en: 'may only contain letters, digits and hyphens',
  },
};

/**
 * zod's own messages are English and technical ("Too small: expected number to be >=1"); say the same
 * in both languages from the issue's code and bounds.
 */
function describeIssue(issue: z.core.$ZodIssue): { vi: string; en: string } {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'number'
        ? { vi: `phải từ ${issue.minimum} trở lên`, en: `must be at least ${issue.minimum}` }
        : { vi: `quá ngắn (tối thiểu ${issue.minimum})`, en: `is too short (at least ${issue.minimum})` };
    case 'too_big':
      return issue.origin === 'number'
        ? { vi: `không được lớn hơn ${issue.maximum}`, en: `must be at most ${issue.maximum}` }
        : { vi: `quá dài (tối đa ${issue.maximum})`, en: `is too long (at most ${issue.maximum})` };
    case 'invalid_type':
      return issue.input === undefined
        ? { vi: 'còn thiếu', en: 'is missing' }
        : {
            vi: `sai kiểu dữ liệu (cần ${issue.expected})`,
            en: `has the wrong type (expected ${issue.expected})`,
          };
    case 'invalid_value':
      return { vi: 'không thuộc các giá trị cho phép', en: 'is not one of the allowed values' };
    case 'unrecognized_keys':
      return {
        vi: `có trường không được phép (${issue.keys.join(', ')})`,
        en: `has unexpected fields (${issue.keys.join(', ')})`,
      };
    case 'invalid_format':
      return { vi: 'sai định dạng', en: 'has the wrong format' };
    default:
      return { vi: 'không hợp lệ', en: 'is invalid' };
  }
}

function invalidArguments(channel: Channel, error: z.ZodError): AppErrorData {
  // Every field at once (one issue per field, the first zod found), so the form can mark them all.
  const seen = new Set<string>();
  const issues = error.issues
    .filter((issue) => {
      const field = issue.path.join('.');
      if (seen.has(field)) return false;
      seen.add(field);
      return true;
    })
    .slice(0, 20)
    .map((issue) => {
      const field = issue.path.join('.') || '(arguments)';
      const label = fieldLabel(issue.path);
      const known = FIELD_MESSAGES[issue.message] ?? describeIssue(issue);
      return { field, label, message: known };
    });
  return {
    code: 'invalid-argument',
    vi: `Dữ liệu chưa hợp lệ: ${issues.map((i) => `${i.label.vi}: ${i.message.vi}`).join('; ')}.`,
    en: `Some input is not valid: ${issues.map((i) => `${i.label.en}: ${i.message.en}`).join('; ')}.`,
    detail: {
      channel,
      fields: issues.map((i) => i.field),
      // Per field, without the label: the form puts each under its own field, named as on screen.
      issues: issues.map((i) => ({ field: i.field, vi: i.message.vi, en: i.message.en })),
    },
  };
}

/**
 * A field's name for people: the full path's label ('rules.officeHoursEnd'), else its last named part's
 * ('officeHoursEnd'), else a neutral word — never the raw path.
 */
function fieldLabel(path: readonly PropertyKey[]): { vi: string; en: string } {
  const full = FIELD_LABELS[path.join('.')];
  if (full) return full;
  const named = path.filter((p): p is string => typeof p === 'string');
  // The deepest part with a label; a meeting kind below it (per-kind numbers) is named after it.
  for (let i = named.length - 1; i >= 0; i--) {
    const label = FIELD_LABELS[named[i] ?? ''];
    if (!label) continue;
    const below = named
      .slice(i + 1)
      .find((p): p is MeetingKind => (MEETING_KINDS as readonly string[]).includes(p));
    return below
      ? {
          vi: `${label.vi} (${MEETING_KIND_LABELS[below].vi})`,
          en: `${label.en} (${MEETING_KIND_LABELS[below].en})`,
        }
      : label;
  }
  return { vi: 'Một trường', en: 'A field' };
}
