// Staff accounts, invitations and services.
import type { CreateInvitationBody, Grant, Service, ServiceKind, StaffMember } from '@hearth/core';
import { request } from './client';

export interface InvitationCreated {
  id: string;
  email: string;
  role: CreateInvitationBody['role'];
  serviceId: string | null;
  expiresAt: string;
  link: string;
}

export const listServices = () => request<Service[]>('GET', '/api/services');
export const createService = (body: { name: string; kind: ServiceKind | '' }) =>
  request<Service>('POST', '/api/services', { body });

export const listStaff = () => request<StaffMember[]>('GET', '/api/staff');
export const inviteStaff = (body: { email: string; role: string; serviceId: string | null }) =>
  request<InvitationCreated>('POST', '/api/staff/invitations', { body });
export const updateGrants = (id: string, grants: Grant[]) =>
  request<StaffMember | undefined>('PUT', `/api/staff/${encodeURIComponent(id)}/grants`, { body: { grants } });
export const resetMfa = (id: string) => request<undefined>('POST', `/api/staff/${encodeURIComponent(id)}/mfa-reset`);
export const deactivateStaff = (id: string) => request<undefined>('POST', `/api/staff/${encodeURIComponent(id)}/deactivate`);
