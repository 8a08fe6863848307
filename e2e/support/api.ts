// Talking to the Hearth API directly from the test (no browser), to set up what a test needs quickly.
import { inject } from 'vitest';
import { demoAccount, demoPassword, freshTotpCode } from './accounts.js';

export interface ApiSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
}

interface Problem {
  code?: string;
  title?: string;
  detail?: string;
}

/** Signs a demo account in through the API, with its authenticator code where its role needs one. */
export async function apiSignIn(email: string, password = demoPassword): Promise<ApiSession> {
  const baseUrl = inject('baseUrl');
  let cookie = '';
  let csrf = '';
  const call = async <T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (cookie) headers.cookie = cookie;
    if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const setCookie = response.headers.getSetCookie();
    for (const c of setCookie) {
      const pair = c.split(';')[0]!;
      if (pair.startsWith('hearth_session=')) cookie = pair;
    }
    const text = await response.text();
    if (!response.ok) {
      const problem = (text ? JSON.parse(text) : {}) as Problem;
      throw new Error(`${method} ${path} answered ${response.status}: ${problem.code ?? ''} ${problem.detail ?? problem.title ?? text}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  };

  const first = await call<{ status: string; csrfToken: string }>('POST', '/api/auth/sign-in', { email, password });
  csrf = first.csrfToken;
  if (first.status === 'mfa_required') {
    const secret = demoAccount(email).totpSecret;
    if (!secret) throw new Error(`${email} needs a second factor but has no known secret`);
    const second = await call<{ status: string; csrfToken: string }>('POST', '/api/auth/mfa/verify', { code: await freshTotpCode(email, secret) });
    csrf = second.csrfToken;
    if (second.status !== 'signed_in') throw new Error(`${email}: second factor answered ${second.status}`);
  } else if (first.status !== 'signed_in') {
    throw new Error(`${email}: sign-in answered ${first.status}`);
  }
  return { get: (path) => call('GET', path), post: (path, body) => call('POST', path, body), put: (path, body) => call('PUT', path, body) };
}
