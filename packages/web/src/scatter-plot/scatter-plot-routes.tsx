// Routes: to be written.
export const personScatterPlotRoutes = <></>;
