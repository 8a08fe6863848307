// The direct-SQL side of each scenario: its own pool connecting as the benchmark's member of hearth_app, acting as
// hearth_app from the start of each session (as the server's pool does), and running each piece of work in one
// transaction that sets the organisation exactly as the server's transactions do (set_config('hearth.org_id', …,
// true)), so row-level security filters every statement as it filters the server's.
import pg from 'pg';
import { appRole } from '../../packages/server/src/db/database.js';
import { inTransaction } from '../../packages/server/src/db/transaction.js';

export type Sql = pg.PoolClient;

export class AppSql {
  readonly pool: pg.Pool;

  constructor(
    appUrl: string,
    readonly organisationId: string,
    connections: number,
  ) {
    this.pool = new pg.Pool({ connectionString: appUrl, max: connections, options: `-c role=${appRole}` });
    this.pool.on('error', (error) => {
      process.stderr.write(`A baseline database connection was closed by the server: ${error.message}\n`);
    });
  }

  /** One transaction; `organisation` false starts it acting for no organisation, as sign-in starts. */
  transaction<T>(work: (sql: Sql) => Promise<T>, organisation = true): Promise<T> {
    return inTransaction(this.pool, organisation ? this.organisationId : null, work);
  }

  /** The transaction timed from asking for a connection to the commit. */
  async timed<T>(work: (sql: Sql) => Promise<T>, check: (value: T) => void, organisation = true): Promise<number> {
    const started = performance.now();
    const value = await this.transaction(work, organisation);
    const ms = performance.now() - started;
    check(value);
    return ms;
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}

/** Fails the benchmark when a baseline's answer is not what the same work over HTTP answers. */
export function expectThat(condition: boolean, what: string): void {
  if (!condition) throw new Error(`the direct-SQL baseline went wrong: ${what}`);
}
