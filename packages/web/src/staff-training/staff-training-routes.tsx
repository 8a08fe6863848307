// Routes: to be written.
export const staffTrainingRoutes = <></>;
