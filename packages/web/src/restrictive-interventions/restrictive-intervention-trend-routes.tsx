// Routes: to be written.
export const restrictiveInterventionTrendRoutes = <></>;
