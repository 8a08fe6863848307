// Routes: to be written.
export const personPalRoutes = <></>;
