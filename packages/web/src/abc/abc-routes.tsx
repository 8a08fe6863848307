// Routes: to be written.
export const personAbcRoutes = <></>;
