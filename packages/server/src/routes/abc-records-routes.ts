// ABC records over HTTP.
import type { RouteApp } from '../http/route-kit.js';

export function abcRecordsRoutes(...args: [app: RouteApp]): void {
  void Promise.resolve(args);
}
