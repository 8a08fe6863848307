// Walks every audit chain and recomputes each hash: a changed, removed or inserted row breaks it.
import { createHash } from 'node:crypto';
import type pg from 'pg';

export const genesisHash = '0'.repeat(64);
const systemChain = '00000000-0000-0000-0000-000000000000';

export interface ChainProblem {
  chain: string;
  entryId: number | null;
  chainSeq: number | null;
  problem: 'hash_mismatch' | 'broken_link' | 'sequence_gap' | 'head_mismatch';
}

export interface VerifyResult {
  entriesChecked: number;
  chainsChecked: number;
  firstProblem: ChainProblem | null;
}

interface Row {
  id: string;
  chain: string;
  chain_seq: string;
  prev_hash: string;
  hash: string;
  canonical: string;
}

/** Must run as the owner, which row-level security does not restrict, so that every chain is seen. */
export async function verifyAuditChains(client: pg.ClientBase, options: { insideTransaction?: boolean } = {}): Promise<VerifyResult> {
  const heads = new Map<string, { seq: number; hash: string }>();
  for (const row of (await client.query<{ chain: string; seq: string; hash: string }>('SELECT chain, seq, hash FROM audit_chain_heads')).rows) {
    heads.set(row.chain, { seq: Number(row.seq), hash: row.hash });
  }
  const cursorName = 'hearth_audit_verify';
  // One snapshot for the whole walk, so entries appended meanwhile cannot look like a broken chain.
  if (!options.insideTransaction) await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    await client.query(
      `DECLARE ${cursorName} NO SCROLL CURSOR FOR
       SELECT a.id, coalesce(a.organisation_id, '${systemChain}'::uuid)::text AS chain, a.chain_seq, a.prev_hash, a.hash,
              hearth_audit_canonical(a) AS canonical
       FROM audit_log a
       ORDER BY coalesce(a.organisation_id, '${systemChain}'::uuid), a.chain_seq`,
    );
    let entries = 0;
    const seen = new Set<string>();
    let chain: string | null = null;
    let expectedSeq = 1;
    let prevHash = genesisHash;
    const fail = (problem: ChainProblem): VerifyResult => ({ entriesChecked: entries, chainsChecked: seen.size, firstProblem: problem });
    for (;;) {
      const batch = await client.query<Row>(`FETCH 5000 FROM ${cursorName}`);
      if (batch.rows.length === 0) break;
      for (const row of batch.rows) {
        if (row.chain !== chain) {
          if (chain !== null) {
            const problem = checkHead(chain, expectedSeq - 1, prevHash, heads);
            if (problem) return fail(problem);
          }
          chain = row.chain;
          seen.add(chain);
          expectedSeq = 1;
          prevHash = genesisHash;
        }
        entries++;
        const seq = Number(row.chain_seq);
        const at = { chain: row.chain, entryId: Number(row.id), chainSeq: seq };
        if (seq !== expectedSeq) return fail({ ...at, problem: 'sequence_gap' });
        if (row.prev_hash !== prevHash) return fail({ ...at, problem: 'broken_link' });
        if (sha256(row.canonical) !== row.hash) return fail({ ...at, problem: 'hash_mismatch' });
        prevHash = row.hash;
        expectedSeq++;
      }
    }
    if (chain !== null) {
      const problem = checkHead(chain, expectedSeq - 1, prevHash, heads);
      if (problem) return fail(problem);
    }
    for (const [headChain, head] of heads) {
      if (!seen.has(headChain) && head.seq > 0) {
        return fail({ chain: headChain, entryId: null, chainSeq: 1, problem: 'sequence_gap' });
      }
    }
    return { entriesChecked: entries, chainsChecked: seen.size, firstProblem: null };
  } finally {
    if (options.insideTransaction) await client.query(`CLOSE ${cursorName}`);
    else await client.query('COMMIT');
  }
}

/** The head records the last entry appended, so removing the newest rows is caught too. */
function checkHead(
  chain: string,
  lastSeq: number,
  lastHash: string,
  heads: Map<string, { seq: number; hash: string }>,
): ChainProblem | null {
  const head = heads.get(chain);
  if (!head || head.seq !== lastSeq || head.hash !== lastHash) {
    return { chain, entryId: null, chainSeq: lastSeq, problem: 'head_mismatch' };
  }
  return null;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
