// Routes: to be written.
export const plannedVisitRoutes = <></>;
