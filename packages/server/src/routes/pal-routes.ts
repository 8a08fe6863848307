// PAL checklists and the provider’s licensed statement text over HTTP.
import type { RouteApp } from '../http/route-kit.js';

export function palRoutes(...args: [app: RouteApp]): void {
  void Promise.resolve(args);
}
