// Behaviour support plans over HTTP.
import type { RouteApp } from '../http/route-kit.js';

export function behaviourSupportPlanRoutes(...args: [app: RouteApp]): void {
  void Promise.resolve(args);
}
