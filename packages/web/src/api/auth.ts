// Signing in, the second factor, invitations and the current session.
import type { AcceptInvitationBody, InvitationInfo, Me, MfaEnrolment, SignInBody, SignInResult } from '@hearth/core';
import { request } from './client';

export const getMe = (options: { quiet?: boolean } = {}) =>
  request<Me>('GET', '/api/auth/me', { quietUnauthenticated: options.quiet ?? false });

export const signIn = (body: SignInBody) => request<SignInResult>('POST', '/api/auth/sign-in', { body, withoutCsrf: true });

export const verifyMfa = (code: string) => request<SignInResult>('POST', '/api/auth/mfa/verify', { body: { code } });

export const startMfaEnrolment = () => request<MfaEnrolment>('POST', '/api/auth/mfa/enrolment', { body: {} });

export const confirmMfaEnrolment = (code: string) =>
  request<SignInResult>('POST', '/api/auth/mfa/enrolment/confirm', { body: { code } });

export const signOut = () => request<undefined>('POST', '/api/auth/sign-out', { quietUnauthenticated: true });

export const getInvitation = (token: string) =>
  request<InvitationInfo>('GET', `/api/invitations/${encodeURIComponent(token)}`, { quietUnauthenticated: true });

export const acceptInvitation = (token: string, body: AcceptInvitationBody) =>
  request<undefined>('POST', `/api/invitations/${encodeURIComponent(token)}/accept`, {
    body,
    withoutCsrf: true,
    quietUnauthenticated: true,
  });
