// Scatter plots over HTTP.
import type { RouteApp } from '../http/route-kit.js';

export function scatterPlotRoutes(...args: [app: RouteApp]): void {
  void Promise.resolve(args);
}
