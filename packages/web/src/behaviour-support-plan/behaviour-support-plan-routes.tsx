// Routes: to be written.
export const personBehaviourSupportPlanRoutes = <></>;
