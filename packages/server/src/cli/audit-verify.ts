// `npm run audit:verify`: walks every audit chain; exits non-zero naming the first bad entry.
import pg from 'pg';
import { verifyAuditChains } from '../audit/verify-chain.js';
import { loadConfig } from '../config.js';
import { ownerConnection } from './owner-connection.js';

const config = loadConfig();
const owner = await ownerConnection(config);
const client = new pg.Client({ connectionString: owner.adminUrl });
let exitCode = 0;
try {
  await client.connect();
  const result = await verifyAuditChains(client);
  if (result.firstProblem) {
    const p = result.firstProblem;
    process.stderr.write(
      `Audit log FAILED verification: ${p.problem.replace(/_/g, ' ')} in chain ${p.chain}` +
        `${p.entryId !== null ? ` at entry id ${p.entryId}` : ''}${p.chainSeq !== null ? ` (position ${p.chainSeq})` : ''}.\n` +
        `${result.entriesChecked} entries checked before it.\n`,
    );
    exitCode = 1;
  } else {
    process.stdout.write(`Audit log verified: ${result.entriesChecked} entries in ${result.chainsChecked} chains, every hash and link intact.\n`);
  }
} finally {
  await client.end();
  await owner.close();
}
process.exit(exitCode);
