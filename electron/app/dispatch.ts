import type { z } from 'zod';
import { type Channel, contract, isChannel, type Result } from '../../shared/contract';
import { FIELD_LABELS } from '../../shared/contract/fieldLabels';
import { type AppErrorData, isAppError } from '../../shared/errors/appError';
import type { AppContext } from './context';
import { handlers } from './handlers';
import type { Handler } from './handlers/types';

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
  const message = error instanceof Error ? error.message : String(error);
  // Unexpected: keep the technical message for the log and the support request, but say it plainly.
  console.error(`[dispatch] ${channel} failed:`, error);
  return {
    code: 'internal',
    vi: `Lỗi không mong đợi khi thực hiện "${channel}". Dữ liệu không bị thay đổi. Chi tiết: ${message}`,
    en: `Unexpected error while running "${channel}". No data was changed. Details: ${message}`,
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
  'invalid-agency-code': {
    vi: 'chỉ gồm chữ, số và dấu gạch ngang',
    en: 'may only contain letters, digits and hyphens',
  },
};

function invalidArguments(channel: Channel, error: z.ZodError): AppErrorData {
  const issues = error.issues.slice(0, 10).map((issue) => {
    const field = issue.path.join('.') || '(arguments)';
    const label = FIELD_LABELS[field];
    const known = FIELD_MESSAGES[issue.message];
    return {
      field,
      vi: `${label?.vi ?? field}: ${known?.vi ?? issue.message}`,
      en: `${label?.en ?? field}: ${known?.en ?? issue.message}`,
    };
  });
  return {
    code: 'invalid-argument',
    vi: `Dữ liệu không hợp lệ: ${issues.map((i) => i.vi).join('; ')}.`,
    en: `Invalid input: ${issues.map((i) => i.en).join('; ')}.`,
    detail: { channel, fields: issues.map((i) => i.field) },
  };
}
