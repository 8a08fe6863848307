// Which API answers a care worker's phone keeps for reading offline: the people they may see, each person's record,
// plan, communication needs and planned visits (what the record, plan, "now" and visit form pages need), the plan's
// section names and the services, and the worker's own visits (My visits). Nothing else is written to the phone.

const id = '[0-9a-fA-F-]{36}';
const query = '(\\?[^#]*)?';

const keptPatterns: readonly RegExp[] = [
  new RegExp(`^/api/people${query}$`),
  new RegExp(`^/api/people/${id}$`),
  new RegExp(`^/api/people/${id}/care-plan$`),
  new RegExp(`^/api/people/${id}/communication-needs$`),
  new RegExp(`^/api/people/${id}/visits/planned${query}$`),
  /^\/api\/care-plan-sections$/,
  /^\/api\/services$/,
  /^\/api\/planned-visits\/mine$/,
];

export function isKeptForOffline(path: string): boolean {
  return keptPatterns.some((pattern) => pattern.test(path));
}
