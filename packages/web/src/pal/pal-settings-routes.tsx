// Routes: to be written.
export const palSettingsRoutes = <></>;
