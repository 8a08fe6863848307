// Stable error codes shared by server and web: the web app and tests match on codes, never on English.
export const errorCodes = {
  validation: { status: 400, title: 'Some details need correcting' },
  unauthenticated: { status: 401, title: 'Sign in to continue' },
  mfa_required: { status: 401, title: 'Enter the code from your authenticator app' },
  mfa_enrolment_required: { status: 401, title: 'Set up your authenticator app' },
  invalid_credentials: { status: 401, title: 'Email address or password is not right' },
  invalid_mfa_code: { status: 401, title: 'The code is not right' },
  account_locked: { status: 423, title: 'Too many attempts: try again later' },
  forbidden: { status: 403, title: 'You do not have permission to do this' },
  csrf: { status: 403, title: 'Your request could not be checked: reload the page and try again' },
  not_found: { status: 404, title: 'Not found' },
  conflict_stale_version: { status: 409, title: 'Someone else changed this record after you opened it' },
  conflict: { status: 409, title: 'This conflicts with a record that already exists' },
  record_read_only: { status: 409, title: 'This record is closed and can no longer be changed' },
  invitation_invalid: { status: 410, title: 'This invitation link has expired or has already been used' },
  password_policy: { status: 400, title: 'Choose a different password' },
  payload_too_large: { status: 413, title: 'The request is too large' },
  unsupported_media_type: { status: 415, title: 'This kind of content is not accepted here' },
  rate_limited: { status: 429, title: 'Too many requests: wait a moment and try again' },
  internal: { status: 500, title: 'Something went wrong on our side' },
  service_busy: { status: 503, title: 'Hearth is busy: try again in a moment' },
} as const;
export type ErrorCode = keyof typeof errorCodes;

export interface FieldError {
  /** Dotted path of the field, for example `contacts.0.phone`. */
  field: string;
  message: string;
}

/** RFC 9457 problem details as Hearth sends them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: FieldError[];
}

export function problemType(code: ErrorCode): string {
  return `https://hearth.invalid/problems/${code.replace(/_/g, '-')}`;
}
