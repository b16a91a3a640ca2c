/**
 * Errors are values: a stable code for logs and tests, and a message in both languages for people.
 * The UI shows `vi` (or `en` when the user chose English); logs and the CLI's --json keep `code`.
 */
export interface AppErrorData {
  code: string;
  vi: string;
  en: string;
  /** Optional machine-readable detail (which field, which file, which version). */
  detail?: Record<string, unknown>;
}

export class AppError extends Error implements AppErrorData {
  readonly code: string;
  readonly vi: string;
  readonly en: string;
  readonly detail?: Record<string, unknown>;

  constructor(data: AppErrorData) {
    super(`${data.code}: ${data.en}`);
    this.name = 'AppError';
    this.code = data.code;
    this.vi = data.vi.normalize('NFC');
    this.en = data.en;
    if (data.detail) this.detail = data.detail;
  }

  toData(): AppErrorData {
    return this.detail
      ? { code: this.code, vi: this.vi, en: this.en, detail: this.detail }
      : { code: this.code, vi: this.vi, en: this.en };
  }
}

export function appError(code: string, vi: string, en: string, detail?: Record<string, unknown>): AppError {
  return new AppError(detail ? { code, vi, en, detail } : { code, vi, en });
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
