// Services’ behaviour-support-planning audits over HTTP.
import type { RouteApp } from '../http/route-kit.js';

export function behaviourSupportAuditRoutes(...args: [app: RouteApp]): void {
  void Promise.resolve(args);
}
