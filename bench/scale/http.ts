// The measuring client's requests for the scale benchmark: each timed from sending to the last byte of the body,
// with the status checked, so a refusal or an error can never pass as a fast answer.
import { currentTotp } from '../../packages/server/src/auth/totp.js';
import type { Session } from '../measure.js';

export interface Answer {
  ms: number;
  status: number;
  body: Buffer;
  headers: Headers;
}

export async function send(
  baseUrl: string,
  method: 'GET' | 'POST',
  path: string,
  options: { session?: Session; json?: unknown } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.session) {
    headers.cookie = options.session.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = options.session.csrfToken;
  }
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  const started = performance.now();
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    ...(options.json === undefined ? {} : { body: JSON.stringify(options.json) }),
  });
  const body = Buffer.from(await res.arrayBuffer());
  return { ms: performance.now() - started, status: res.status, body, headers: res.headers };
}

/** A request as a signed-in user that must answer `expected`; anything else stops the benchmark. */
export async function expectStatus(
  session: Session,
  method: 'GET' | 'POST',
  path: string,
  expected: number,
  json?: unknown,
): Promise<Answer> {
  const answer = await send(session.baseUrl, method, path, { session, json });
  if (answer.status !== expected)
    throw new Error(`${method} ${path} answered ${answer.status}, not ${expected}: ${answer.body.toString('utf8').slice(0, 500)}`);
  return answer;
}

/** The body parsed as JSON, for the caller to name what it should be (a JSON boundary). */
export const jsonOf = (answer: Answer): unknown => JSON.parse(answer.body.toString('utf8'));

function sessionCookie(headers: Headers): string {
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('hearth_session='));
  if (!cookie) throw new Error('signing in set no session cookie');
  return cookie;
}

interface SignInBody {
  status?: string;
  csrfToken?: string;
  me?: { email?: string };
}

/** Signs in with a password, timed; the answer must be `expectedStatus` for this very account. */
export async function timedPasswordSignIn(
  baseUrl: string,
  email: string,
  password: string,
  expectedStatus: 'signed_in' | 'mfa_required',
): Promise<{ ms: number; session: Session }> {
  const answer = await send(baseUrl, 'POST', '/api/auth/sign-in', { json: { email, password } });
  const body = jsonOf(answer) as SignInBody;
  if (answer.status !== 200 || body.status !== expectedStatus || !body.csrfToken)
    throw new Error(`signing in as ${email} answered ${answer.status} ${answer.body.toString('utf8').slice(0, 300)}`);
  if (expectedStatus === 'signed_in' && body.me?.email !== email) throw new Error(`signing in as ${email} signed in as ${body.me?.email ?? 'nobody'}`);
  return { ms: answer.ms, session: { baseUrl, cookie: sessionCookie(answer.headers), csrfToken: body.csrfToken } };
}

/** Signs in as a registered manager: the password, then the code from their authenticator (the known secret). */
export async function signInWithCode(baseUrl: string, email: string, password: string, totpSecret: string): Promise<Session> {
  const pending = (await timedPasswordSignIn(baseUrl, email, password, 'mfa_required')).session;
  const answer = await expectStatus(pending, 'POST', '/api/auth/mfa/verify', 200, { code: currentTotp(totpSecret, Date.now()) });
  const body = jsonOf(answer) as SignInBody;
  if (body.status !== 'signed_in' || !body.csrfToken) throw new Error(`the second factor for ${email} answered ${JSON.stringify(body)}`);
  return { baseUrl, cookie: sessionCookie(answer.headers), csrfToken: body.csrfToken };
}
