// The one typed error every route throws; mapped to RFC 9457 problem+json in one place (problem-handler.ts).
import { errorCodes, type ErrorCode, type FieldError } from '@hearth/core';

export class HttpError extends Error {
  readonly status: number;
  /** Sent as Retry-After: when an answer that the server is busy should be tried again. */
  retryAfterSeconds: number | undefined;
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? errorCodes[code].title);
    this.status = errorCodes[code].status;
  }

  retryAfter(seconds: number): this {
    this.retryAfterSeconds = seconds;
    return this;
  }
}

export function assertThat(condition: unknown, code: ErrorCode, detail?: string): asserts condition {
  if (!condition) throw new HttpError(code, detail);
}
