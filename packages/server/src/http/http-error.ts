// The one typed error every route throws; mapped to RFC 9457 problem+json in one place (problem-handler.ts).
import { errorCodes, type ErrorCode, type FieldError } from '@hearth/core';

export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? errorCodes[code].title);
    this.status = errorCodes[code].status;
  }
}

export function assertThat(condition: unknown, code: ErrorCode, detail?: string): asserts condition {
  if (!condition) throw new HttpError(code, detail);
}
