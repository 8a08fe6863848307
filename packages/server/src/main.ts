// Starts Hearth: the database (embedded unless DATABASE_URL is set), migrations, demo data on a first start, the server.
import { createRequire } from 'node:module';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { buildApp } from './http/app.js';
import { scheduleNightlyPlanAudits, type NightlySchedule } from './jobs/nightly-schedule.js';
import { organisationIds } from './jobs/organisation-ids.js';
import { demoPassword, demoSharedSignIns, demoStaff } from './seed/demo-data.js';
import { seedDemoIfEmpty } from './seed/seed-demo.js';

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config);
  let closing = false;
  let nightly: NightlySchedule | null = null;
  const app = await buildApp({ pool: db.pool, config, databaseMode: db.mode, version, now: () => new Date() }).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    try {
      nightly?.stop();
      await app.close(); // stops accepting, waits for in-flight requests
      await db.close(); // then the pool, then the embedded server
      process.exit(0);
    } catch (error) {
      process.stderr.write(`Hearth did not shut down cleanly: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGHUP', () => void shutdown('SIGHUP'));

  const seeded = config.seedDemo ? await seedDemoIfEmpty(db.adminUrl, db.pool) : false;
  await app.listen({ host: config.host, port: config.port });
  if (config.nightlyPlanAuditAt !== null) {
    nightly = scheduleNightlyPlanAudits({
      pool: db.pool,
      at: config.nightlyPlanAuditAt,
      listOrganisations: () => organisationIds(db.adminUrl),
      now: () => new Date(),
      report: (outcome) => {
        if (outcome instanceof Error) app.log.error({ err: outcome }, 'nightly plan audit failed');
        else app.log.info({ organisations: outcome.map(({ organisationId, audited, alreadyAudited, error }) => ({ organisationId, audited, alreadyAudited, error })) }, 'nightly plan audit done');
      },
    });
  }
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  const lines = [
    '',
    `Hearth ${version} is running at ${url}`,
    `Database: ${db.mode === 'embedded' ? `embedded PostgreSQL, data in ${config.dataDir}` : 'PostgreSQL server from DATABASE_URL'}`,
  ];
  if (config.seedDemo) {
    lines.push(seeded ? 'Demo organisation created. Demo sign-ins:' : 'Demo sign-ins (if the demo organisation is still there):');
    for (const s of demoStaff) {
      lines.push(`  ${s.role.padEnd(19)} ${s.email.padEnd(34)} password "${demoPassword}"${s.totpSecret ? `  authenticator key ${s.totpSecret}` : ''}`);
    }
    lines.push('  Registered managers and administrators also enter a 6-digit code: add the key to an authenticator app,');
    lines.push('  or print the current code with `npm run hearth -- demo-code EMAIL`.');
    lines.push(`Shared record sign-ins (the person and family) at ${url}/shared/sign-in, password "${demoPassword}":`);
    for (const s of demoSharedSignIns) lines.push(`  ${s.email.padEnd(34)} ${s.who}`);
  }
  lines.push('Press Ctrl+C to stop.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`Hearth cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(`Hearth could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
