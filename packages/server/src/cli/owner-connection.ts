// For operator commands: the owner's connection, to the embedded server (started if Hearth is not running) or DATABASE_URL.
import { withDatabase } from '../db/database.js';
import { startEmbeddedPostgres } from '../db/embedded.js';
import type { Config } from '../config.js';

export async function ownerConnection(config: Config): Promise<{ adminUrl: string; close(): Promise<void> }> {
  if (config.databaseUrl) return { adminUrl: config.databaseUrl, close: async () => {} };
  const server = await startEmbeddedPostgres(config.dataDir, config.embeddedPort);
  return { adminUrl: withDatabase(server.adminUrl, 'hearth'), close: () => server.stop() };
}
