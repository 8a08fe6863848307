import { describe, expect, test } from 'vitest';
import type { Action, Grant, StaffActor } from '../access/policy.js';
import { staffTrainingDecision, type TrainedStaffRef } from './training-access.js';

const org = 'e0000000-0000-4000-8000-000000000001';
const oakHouse = 'f0000000-0000-4000-8000-000000000001';
const homecare = 'f0000000-0000-4000-8000-000000000002';
const actorWith = (staffId: string, ...grants: Grant[]): StaffActor => ({ kind: 'staff', staffId, organisationId: org, grants });
const oakWorker: TrainedStaffRef = {
  staffId: 'a0000000-0000-4000-8000-000000000001',
  organisationId: org,
  serviceIds: [oakHouse],
};
const orgWide: TrainedStaffRef = { staffId: 'a0000000-0000-4000-8000-000000000002', organisationId: org, serviceIds: [] };

const actors = {
  oakSenior: actorWith('b0000000-0000-4000-8000-000000000001', { role: 'senior_care_worker', serviceId: oakHouse }),
  homecareSenior: actorWith('b0000000-0000-4000-8000-000000000002', { role: 'senior_care_worker', serviceId: homecare }),
  homecareManager: actorWith('b0000000-0000-4000-8000-000000000003', { role: 'registered_manager', serviceId: homecare }),
  quality: actorWith('b0000000-0000-4000-8000-000000000004', { role: 'quality_lead', serviceId: null }),
  admin: actorWith('b0000000-0000-4000-8000-000000000005', { role: 'administrator', serviceId: null }),
  otherCareWorker: actorWith('b0000000-0000-4000-8000-000000000006', { role: 'care_worker', serviceId: oakHouse }),
  theWorkerThemself: actorWith(oakWorker.staffId, { role: 'care_worker', serviceId: oakHouse }),
};

describe('who may see and keep a member of staff\u2019s training', () => {
  test.each<[keyof typeof actors, TrainedStaffRef, Action, boolean]>([
    ['oakSenior', oakWorker, 'read', true],
    ['oakSenior', oakWorker, 'create', true],
    ['homecareSenior', oakWorker, 'read', false],
    ['homecareSenior', oakWorker, 'create', false],
    ['oakSenior', orgWide, 'read', false],
    ['homecareManager', oakWorker, 'read', true],
    ['homecareManager', oakWorker, 'create', true],
    ['homecareManager', orgWide, 'create', true],
    ['quality', oakWorker, 'create', true],
    ['admin', oakWorker, 'create', true],
    ['otherCareWorker', oakWorker, 'read', false],
    // A worker reads their own records but never records them.
    ['theWorkerThemself', oakWorker, 'read', true],
    ['theWorkerThemself', oakWorker, 'create', false],
  ])('%s %s %s → %s', (who, staff, action, allowed) => {
    expect(staffTrainingDecision(actors[who], action, staff).allowed).toBe(allowed);
  });

  test('someone in another organisation is not found, not forbidden', () => {
    const elsewhere = { ...oakWorker, organisationId: 'e0000000-0000-4000-8000-000000000099' };
    expect(staffTrainingDecision(actors.quality, 'read', elsewhere)).toEqual({ allowed: false, reason: 'not_found' });
    expect(
      staffTrainingDecision(actorWith(oakWorker.staffId, { role: 'care_worker', serviceId: oakHouse }), 'read', elsewhere)
        .allowed,
    ).toBe(false);
  });
});
