// Staff training and competence over HTTP.
import type { RouteApp } from '../http/route-kit.js';

export function staffTrainingRoutes(...args: [app: RouteApp]): void {
  void Promise.resolve(args);
}
