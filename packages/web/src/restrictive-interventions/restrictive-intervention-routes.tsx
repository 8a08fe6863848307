// Routes: to be written.
export const personRestrictiveInterventionRoutes = <></>;
