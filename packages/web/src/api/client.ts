// One way to call the Hearth API: JSON in and out, the CSRF header on changes, problem+json turned into ApiError.
import type { ErrorCode, FieldError, Problem } from '@hearth/core';

const csrfStorageKey = 'hearth.csrf';

let csrfToken: string | null = readStoredCsrf();
let onUnauthenticated: (() => void) | null = null;
let onServerContact: (() => void) | null = null;

function readStoredCsrf(): string | null {
  try {
    return sessionStorage.getItem(csrfStorageKey);
  } catch {
    return null;
  }
}

/** Kept in sessionStorage so a reload between sign-in steps keeps working; the session cookie stays httpOnly. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
  try {
    if (token === null) sessionStorage.removeItem(csrfStorageKey);
    else sessionStorage.setItem(csrfStorageKey, token);
  } catch {
    // Storage can be switched off; the token in memory still works until the page is reloaded.
  }
}

/** Told when the server says the session has gone, so the app can send the user to sign in. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/**
 * Where GET answers are kept for reading offline, and read back when Hearth cannot be reached (offline/kept-copies.ts
 * decides which answers and for whom); null until the offline store is set up.
 */
export interface OfflineCopies {
  keep(path: string, body: unknown): void;
  copyOf(path: string): Promise<{ body: unknown } | null>;
  /** Whether Hearth answered this request (true) or could not be reached (false). */
  reached(isReachable: boolean, path: string): void;
}

let offlineCopies: OfflineCopies | null = null;

export function setOfflineCopies(copies: OfflineCopies | null): void {
  offlineCopies = copies;
}

/** The CSRF token this tab holds, for a session restored from the phone's copy while offline. */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

/** Told after every answer from the server: each one resets the server's idle clock. */
export function setServerContactHandler(handler: (() => void) | null): void {
  onServerContact = handler;
}

export class ApiError extends Error {
  readonly problem: Problem;
  /** From Retry-After on a "busy" answer (503): how long to wait before asking again. */
  readonly retryAfterSeconds: number | undefined;
  constructor(problem: Problem, retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
  get code(): ErrorCode {
    return this.problem.code;
  }
  get status(): number {
    return this.problem.status;
  }
  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  /** Sign-in and accepting an invitation happen before there is a session, so they carry no CSRF token. */
  withoutCsrf?: boolean;
  /** The first "who am I" check expects 401 when signed out and must not trigger the signed-out handler. */
  quietUnauthenticated?: boolean;
  /** A file sent as the body itself, with its own media type (an attachment upload). */
  file?: { data: Blob; type: string };
  /**
   * Answered by Hearth or not at all, never from the copy on the phone: a fetch made to bring that copy up to date
   * (keeping records ahead of a round), which must not pass an old copy off as new, nor tell the page on show that
   * it is reading a copy.
   */
  onlyFromHearth?: boolean;
  /**
   * Made by the app on its own (keeping records ahead of a round, reporting the outbox), not by the person. The server
   * is told so and neither it nor the idle countdown counts it as activity: a phone left open still signs out.
   */
  background?: boolean;
}

/** The header that tells the server a request was made by the app on its own, not by the person using it. */
export const backgroundHeader = 'x-hearth-background';

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.file !== undefined) headers['content-type'] = options.file.type;
  if (method !== 'GET' && !options.withoutCsrf && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  if (options.background) headers[backgroundHeader] = '1';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body:
        options.file !== undefined ? options.file.data : options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    offlineCopies?.reached(false, path);
    // Out of signal, a page this worker opened before is read from the copy kept on the phone.
    const copy = method === 'GET' && !options.onlyFromHearth ? await offlineCopies?.copyOf(path) : null;
    if (copy) return copy.body as T;
    throw new ApiError({
      type: 'about:blank',
      title: 'Hearth could not be reached. Check your connection and try again.',
      status: 0,
      code: 'internal',
    });
  }

  if ((response.status !== 401 || options.quietUnauthenticated) && !options.background) onServerContact?.();
  // A gateway's "Hearth is down" answer is treated as no signal: the system is down, not the request wrong.
  const isDown = response.status === 502 || response.status === 503 || response.status === 504;
  offlineCopies?.reached(!isDown, path);
  const copy = isDown && method === 'GET' && !options.onlyFromHearth ? await offlineCopies?.copyOf(path) : null;
  if (copy) return copy.body as T;

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    const body = (text === '' ? undefined : JSON.parse(text)) as T;
    if (method === 'GET') offlineCopies?.keep(path, body);
    return body;
  }

  const problem = await readProblem(response);
  if (problem.status === 401 && problem.code === 'unauthenticated' && !options.quietUnauthenticated) {
    onUnauthenticated?.();
  }
  throw new ApiError(problem);
}

/** A file the server produces (a PDF), fetched with the session; a refusal arrives as the same ApiError as JSON calls. */
export async function requestFile(path: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: '*/*' }, credentials: 'same-origin' });
  } catch {
    throw new ApiError({
      type: 'about:blank',
      title: 'Hearth could not be reached. Check your connection and try again.',
      status: 0,
      code: 'internal',
    });
  }
  if (response.status !== 401) onServerContact?.();
  if (response.ok) return response.blob();
  const problem = await readProblem(response);
  if (problem.status === 401 && problem.code === 'unauthenticated') onUnauthenticated?.();
  throw new ApiError(problem, retryAfterSeconds(response.headers.get('retry-after')));
}

/** Retry-After as seconds; the HTTP-date form is not sent by Hearth, so it is read as "no advice". */
function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim());
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    const body = (await response.json()) as Partial<Problem>;
    if (typeof body.code === 'string' && typeof body.title === 'string') {
      return { type: body.type ?? 'about:blank', status: body.status ?? response.status, ...body } as Problem;
    }
  } catch {
    // Not JSON: fall through to a generic problem from the status.
  }
  return {
    type: 'about:blank',
    title: 'Something went wrong on our side. Try again later.',
    status: response.status,
    code: response.status === 404 ? 'not_found' : 'internal',
  };
}
