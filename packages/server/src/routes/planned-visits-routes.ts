// Planned visits and phones’ outbox reports over HTTP.
import type { RouteApp } from '../http/route-kit.js';

export function plannedVisitsRoutes(...args: [app: RouteApp]): void {
  void Promise.resolve(args);
}
