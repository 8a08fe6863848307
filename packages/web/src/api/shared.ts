// Calls for the shared record portal (outside readers). Kept apart from the staff client's session handling: its own
// CSRF token, and a signed-out answer never touches the staff session.
import type {
  AcceptSharedInvitationBody,
  NewSharedEntryBody,
  Problem,
  RecordViews,
  SharedEntry,
  SharedInvitationInfo,
  SharedPersonLink,
  SharedRecordView,
  SharedSearchResult,
  SharedSession,
  SignInBody,
} from '@hearth/core';
import { ApiError } from './client';

let sharedCsrfToken: string | null = null;

export function setSharedCsrfToken(token: string | null): void {
  sharedCsrfToken = token;
}

async function problemOf(response: Response): Promise<Problem> {
  try {
    const body = (await response.json()) as Partial<Problem>;
    if (typeof body.code === 'string' && typeof body.title === 'string') {
      return { type: body.type ?? 'about:blank', status: body.status ?? response.status, ...body } as Problem;
    }
  } catch {
    // Not JSON: a generic problem from the status below.
  }
  return { type: 'about:blank', title: 'Something went wrong on our side. Try again later.', status: response.status, code: response.status === 404 ? 'not_found' : 'internal' };
}

async function sharedRequest<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && sharedCsrfToken !== null) headers['x-csrf-token'] = sharedCsrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError({ type: 'about:blank', title: 'Hearth could not be reached. Check your connection and try again.', status: 0, code: 'internal' });
  }
  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  throw new ApiError(await problemOf(response));
}

const enc = encodeURIComponent;

export const getSharedSession = () => sharedRequest<SharedSession>('GET', '/api/shared/auth/session');
export const sharedSignIn = (body: SignInBody) => sharedRequest<SharedSession>('POST', '/api/shared/auth/sign-in', body);
export const sharedSignOut = () => sharedRequest<undefined>('POST', '/api/shared/auth/sign-out');
export const getSharedInvitation = (token: string) => sharedRequest<SharedInvitationInfo>('GET', `/api/shared/invitations/${enc(token)}`);
export const acceptSharedInvitation = (token: string, body: AcceptSharedInvitationBody) =>
  sharedRequest<SharedSession>('POST', `/api/shared/invitations/${enc(token)}/accept`, body);
export const getSharedPeople = () => sharedRequest<{ people: SharedPersonLink[] }>('GET', '/api/shared/people');
export const getSharedRecord = (personId: string) => sharedRequest<SharedRecordView>('GET', `/api/shared/people/${enc(personId)}`);
export const searchSharedRecord = (personId: string, q: string) =>
  sharedRequest<SharedSearchResult>('GET', `/api/shared/people/${enc(personId)}/search?q=${enc(q)}`);
export const addSharedEntry = (personId: string, body: NewSharedEntryBody) =>
  sharedRequest<SharedEntry>('POST', `/api/shared/people/${enc(personId)}/entries`, body);
export const getRecordViews = (personId: string) => sharedRequest<RecordViews>('GET', `/api/shared/people/${enc(personId)}/record-views`);

export const sharedPlainTextUrl = (personId: string) => `/api/shared/people/${enc(personId)}/record.txt`;
export const sharedLargePrintUrl = (personId: string) => `/api/shared/people/${enc(personId)}/record.pdf`;
export const sharedEasyReadUrl = (personId: string) => `/api/shared/people/${enc(personId)}/record-easy-read.pdf`;
