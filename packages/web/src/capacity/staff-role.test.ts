import { describe, expect, test } from 'vitest';
import { roleLabelIn } from './staff-role';

const homecare = '11111111-1111-4111-8111-111111111111';
const careHome = '22222222-2222-4222-8222-222222222222';

describe('the role a member of staff signs in', () => {
  test.each([
    ['their role in the person\u2019s service', [{ role: 'care_worker', serviceId: careHome }, { role: 'senior_care_worker', serviceId: homecare }], homecare, 'Senior care worker'],
    ['an organisation-wide role when none is in the service', [{ role: 'quality_lead', serviceId: null }], homecare, 'Quality lead / auditor'],
    ['nothing when they hold no role there', [{ role: 'care_worker', serviceId: careHome }], homecare, ''],
  ] as const)('%s', (_, grants, serviceId, label) => {
    expect(roleLabelIn({ grants: grants.map((g) => ({ ...g, serviceName: null })) }, serviceId)).toBe(label);
  });
});
