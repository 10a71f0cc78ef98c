import { ERROR_CODES, type ErrorCode, type FieldIssue } from '@yiwang/contracts';

/** The one error type of the platform: a code from contracts, a Chinese message, and the fields at fault. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly field?: string;
  readonly issues?: FieldIssue[];

  constructor(code: ErrorCode, message?: string, opts: { field?: string; issues?: FieldIssue[] } = {}) {
    super(message ?? ERROR_CODES[code].message);
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.field = opts.field ?? opts.issues?.[0]?.field;
    this.issues = opts.issues;
  }
}

/** Throws NOT_FOUND-style errors for a missing row: `orFail(row, 'ITEM_NOT_FOUND')`. */
export function orFail<T>(value: T | null | undefined, code: ErrorCode, message?: string): T {
  if (value === null || value === undefined) throw new AppError(code, message);
  return value;
}
