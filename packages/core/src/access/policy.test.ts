import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { staffRoles, type StaffRole } from '../roles.js';
import {
  actions,
  decide,
  isInScope,
  resourceKinds,
  scopeFor,
  type Action,
  type Grant,
  type ResourceKind,
  type StaffActor,
} from './policy.js';

const ORG = 'org-1';
const OTHER_ORG = 'org-2';
const HOME = 'service-home';
const AWAY = 'service-away';

function actorWith(grants: Grant[], organisationId = ORG): StaffActor {
  return { kind: 'staff', staffId: 'staff-1', organisationId, grants };
}

const arbGrant = fc.record({
  role: fc.constantFrom(...staffRoles),
  serviceId: fc.option(fc.constantFrom(HOME, AWAY, 'service-3'), { nil: null }),
});
const arbActor = fc.record({
  grants: fc.array(arbGrant, { maxLength: 4 }),
  organisationId: fc.constantFrom(ORG, OTHER_ORG),
}).map(({ grants, organisationId }) => actorWith(grants, organisationId));
const arbResource = fc.record({
  kind: fc.constantFrom(...resourceKinds),
  organisationId: fc.constantFrom(ORG, OTHER_ORG),
  serviceId: fc.option(fc.constantFrom(HOME, AWAY, 'service-3'), { nil: null }),
});
const arbAction = fc.constantFrom(...actions);

describe('access policy: what each role may do in its own service', () => {
  // role, action, kind, allowed for a resource in the role's own service
  const table: [StaffRole, Action, ResourceKind, boolean][] = [
    ['care_worker', 'read', 'person', true],
    ['care_worker', 'list', 'person', true],
    ['care_worker', 'update', 'person', false],
    ['care_worker', 'create', 'person', false],
    ['care_worker', 'read', 'person_access_details', true],
    ['care_worker', 'read', 'person_history', false],
    ['care_worker', 'read', 'audit_log', false],
    ['care_worker', 'invite', 'staff', false],
    ['senior_care_worker', 'update', 'person', true],
    ['senior_care_worker', 'create', 'person', true],
    ['senior_care_worker', 'update', 'person_access_details', true],
    ['senior_care_worker', 'invite', 'staff', false],
    ['registered_manager', 'update', 'person', true],
    ['registered_manager', 'read', 'audit_log', true],
    ['registered_manager', 'invite', 'staff', false],
    ['quality_lead', 'read', 'person', true],
    ['quality_lead', 'update', 'person', false],
    ['quality_lead', 'read', 'person_access_details', false],
    ['administrator', 'invite', 'staff', true],
    ['administrator', 'reset_mfa', 'staff', true],
    ['administrator', 'deactivate', 'staff', true],
    ['administrator', 'read', 'person_access_details', false],
    ['care_worker', 'read', 'care_plan', true],
    ['care_worker', 'update', 'care_plan', false],
    ['senior_care_worker', 'update', 'care_plan', true],
    ['senior_care_worker', 'agree', 'care_plan', true],
    ['registered_manager', 'agree', 'care_plan', true],
    ['quality_lead', 'read', 'care_plan', true],
    ['quality_lead', 'update', 'care_plan', false],
    ['administrator', 'read', 'care_plan', false],
    ['care_worker', 'read', 'capacity_assessment', true],
    ['care_worker', 'create', 'capacity_assessment', false],
    ['care_worker', 'read', 'best_interests_decision', true],
    ['care_worker', 'create', 'best_interests_decision', false],
    ['senior_care_worker', 'create', 'capacity_assessment', true],
    ['senior_care_worker', 'create', 'best_interests_decision', true],
    ['senior_care_worker', 'update', 'capacity_assessment', false],
    ['registered_manager', 'create', 'capacity_assessment', true],
    ['registered_manager', 'create', 'best_interests_decision', true],
    ['quality_lead', 'read', 'capacity_assessment', true],
    ['quality_lead', 'create', 'capacity_assessment', false],
    ['quality_lead', 'create', 'best_interests_decision', false],
    ['administrator', 'read', 'capacity_assessment', false],
    ['administrator', 'read', 'best_interests_decision', false],
    ['care_worker', 'read', 'capacity_record', true],
    ['care_worker', 'create', 'capacity_record', false],
    ['senior_care_worker', 'read', 'capacity_record', true],
    ['senior_care_worker', 'create', 'capacity_record', true],
    ['senior_care_worker', 'update', 'capacity_record', false],
    ['registered_manager', 'read', 'capacity_record', true],
    ['registered_manager', 'create', 'capacity_record', true],
    ['quality_lead', 'read', 'capacity_record', true],
    ['quality_lead', 'create', 'capacity_record', false],
    ['administrator', 'read', 'capacity_record', false],
    ['administrator', 'create', 'capacity_record', false],
  ];
  test.each(table)('%s may %s %s: %s', (role, action, kind, allowed) => {
    const actor = actorWith([{ role, serviceId: HOME }]);
    expect(decide(actor, action, { kind, organisationId: ORG, serviceId: HOME }).allowed).toBe(allowed);
  });

  test.each(['care_worker', 'senior_care_worker', 'registered_manager'] as const)(
    'a %s sees the people of their own service only',
    (role) => {
      const actor = actorWith([{ role, serviceId: HOME }]);
      expect(decide(actor, 'read', { kind: 'person', organisationId: ORG, serviceId: AWAY })).toEqual({
        allowed: false,
        reason: 'forbidden',
      });
      expect(scopeFor(actor, 'list', 'person')).toEqual({ kind: 'services', serviceIds: [HOME] });
    },
  );

  test.each([
    ['care_worker', false],
    ['senior_care_worker', false],
    ['registered_manager', false],
    ['quality_lead', true],
    ['administrator', false],
  ] as const)('a %s reads capacity records in another service: %s', (role, allowed) => {
    const actor = actorWith([{ role, serviceId: HOME }]);
    expect(decide(actor, 'read', { kind: 'capacity_record', organisationId: ORG, serviceId: AWAY }).allowed).toBe(allowed);
  });

  test('the quality lead and administrator reach the whole organisation', () => {
    for (const role of ['quality_lead', 'administrator'] as const) {
      const actor = actorWith([{ role, serviceId: HOME }]);
      expect(decide(actor, 'read', { kind: 'person', organisationId: ORG, serviceId: AWAY }).allowed).toBe(true);
    }
  });
});

describe('access policy: properties that hold for every actor, action and resource', () => {
  test('a resource in another organisation is always not found, whatever the grants', () => {
    fc.assert(
      fc.property(arbActor, arbAction, arbResource, (actor, action, resource) => {
        fc.pre(resource.organisationId !== actor.organisationId);
        expect(decide(actor, action, resource)).toEqual({ allowed: false, reason: 'not_found' });
      }),
      { numRuns: 3000 },
    );
  });

  test('deny by default: an actor with no grants may do nothing', () => {
    fc.assert(
      fc.property(arbAction, arbResource, (action, resource) => {
        expect(decide(actorWith([]), action, resource).allowed).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  test('list filters agree with single-record decisions', () => {
    fc.assert(
      fc.property(arbActor, arbAction, arbResource, (actor, action, resource) => {
        fc.pre(resource.organisationId === actor.organisationId);
        const scope = scopeFor(actor, action, resource.kind);
        expect(isInScope(scope, resource.serviceId)).toBe(decide(actor, action, resource).allowed);
      }),
      { numRuns: 5000 },
    );
  });

  test('adding a grant never takes a permission away', () => {
    fc.assert(
      fc.property(arbActor, arbGrant, arbAction, arbResource, (actor, extra, action, resource) => {
        const before = decide(actor, action, resource).allowed;
        const after = decide({ ...actor, grants: [...actor.grants, extra] }, action, resource).allowed;
        expect(!before || after).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test('a grant tied to one service never reaches a person in another service unless the role is organisation-wide', () => {
    fc.assert(
      fc.property(fc.constantFrom(...staffRoles), arbAction, (role, action) => {
        const actor = actorWith([{ role, serviceId: HOME }]);
        const there = decide(actor, action, { kind: 'person', organisationId: ORG, serviceId: AWAY }).allowed;
        const orgWide = role === 'quality_lead' || role === 'administrator';
        expect(there).toBe(orgWide && decide(actor, action, { kind: 'person', organisationId: ORG, serviceId: HOME }).allowed);
      }),
    );
  });

  test('only staff working in the person\'s service see how to get into their home', () => {
    fc.assert(
      fc.property(fc.constantFrom(...staffRoles), fc.constantFrom(HOME, AWAY), (role, serviceId) => {
        const actor = actorWith([{ role, serviceId: HOME }]);
        const allowed = decide(actor, 'read', { kind: 'person_access_details', organisationId: ORG, serviceId }).allowed;
        const worksThere = serviceId === HOME && ['care_worker', 'senior_care_worker', 'registered_manager'].includes(role);
        expect(allowed).toBe(worksThere);
      }),
    );
  });
});
