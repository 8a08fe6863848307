// Where the behaviour-support-planning audit pages live.
import { organisationBehaviourSupportPaths } from '../behaviour-support/paths';

const base = organisationBehaviourSupportPaths.audits;

export const auditPaths = {
  overview: base,
  service: (serviceId: string) => `${base}/${serviceId}`,
  newAudit: (serviceId: string) => `${base}/${serviceId}/new`,
  audit: (serviceId: string, auditId: string) => `${base}/${serviceId}/${auditId}`,
};
