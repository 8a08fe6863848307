// Demo data: to be written.
import type pg from 'pg';

export async function seedDemoRestrictiveInterventions(...args: [pool: pg.Pool, organisationId: string, now: Date]): Promise<void> {
  await Promise.resolve(args);
}
