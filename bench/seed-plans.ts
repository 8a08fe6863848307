// Five plan versions per person (1–4 superseded, 5 in use), inserted with their final status, since the guard
// trigger keeps an agreed version's content as it was. Content is copied on the server from a set of generated
// plans, so 50,000 versions of 40–50 KB each load in a minute rather than crossing the wire one by one.
import type pg from 'pg';
import { generatePlanContent } from './plan-content.js';
import type { SeededOrganisation } from './seed-people.js';

export const versionsPerPerson = 5;
const templateCount = 100;
/** A typical plan: every section filled, about 15 pages when printed. */
const typicalDetail = 0.6;

/** People whose plan is longer, so that one of them prints a pack of about 20 pages. */
export interface PackCandidate {
  personId: string;
  detail: number;
}

const versionColumns = `plan_id, version, organisation_id, status, content, revision, reason, agreement, created_by, created_at,
  updated_by, updated_at, agreed_by, agreed_at, status_changed_at`;

/** Version n was agreed about six months after version n-1; the person agreed each one on screen. */
const agreedOn = (versionSql: string) => `(DATE '2022-01-10' + (${versionSql} - 1) * 182)`;
const agreementSql = (versionSql: string) => `jsonb_build_object('method', 'signed_on_screen', 'agreedBy', p.legal_name,
  'date', to_char(${agreedOn(versionSql)}, 'YYYY-MM-DD'), 'witness', NULL, 'authority', NULL, 'bestInterestsDecision', NULL)`;
const statusSql = (versionSql: string) => `CASE WHEN ${versionSql} = ${versionsPerPerson} THEN 'in_use' ELSE 'superseded' END`;
const reasonSql = (versionSql: string) =>
  `CASE WHEN ${versionSql} = 1 THEN 'First plan, written with the person at home' ELSE 'Six-monthly review' END`;

export async function seedPlans(
  client: pg.Client,
  org: SeededOrganisation,
  personIds: readonly string[],
  candidates: readonly PackCandidate[],
  progress: (message: string) => void,
): Promise<void> {
  await client.query(
    `INSERT INTO care_plans (organisation_id, person_id, created_at) SELECT $1, id, TIMESTAMPTZ '2022-01-10 10:00Z' FROM unnest($2::uuid[]) AS t(id)`,
    [org.organisationId, personIds],
  );
  await client.query('CREATE TEMP TABLE bench_plan_templates (n int PRIMARY KEY, content jsonb NOT NULL)');
  const templates = Array.from({ length: templateCount }, (_, n) =>
    JSON.stringify(generatePlanContent(1_000 + n, { detail: typicalDetail })),
  );
  await client.query('INSERT INTO bench_plan_templates SELECT * FROM unnest($1::int[], $2::jsonb[])', [
    templates.map((_, n) => n),
    templates,
  ]);
  const averageKb = templates.reduce((sum, t) => sum + t.length, 0) / templates.length / 1024;
  progress(`plan content: ${templateCount} generated plans of ${averageKb.toFixed(0)} KB on average as JSON`);

  const special = candidates.map((c) => c.personId);
  for (let version = 1; version <= versionsPerPerson; version++) {
    await client.query(
      `INSERT INTO care_plan_versions (${versionColumns})
       SELECT cp.id, $1::int, cp.organisation_id, ${statusSql('$1::int')}, t.content, 1, ${reasonSql('$1::int')}, ${agreementSql('$1::int')},
         $2, ${agreedOn('$1::int')}, $2, ${agreedOn('$1::int')}, $3, ${agreedOn('$1::int')}, ${agreedOn('$1::int')}
       FROM care_plans cp JOIN people p ON p.id = cp.person_id
       JOIN bench_plan_templates t ON t.n = abs(hashtext(cp.id::text || $1::text)) % ${templateCount}
       WHERE cp.organisation_id = $4 AND cp.person_id <> ALL($5::uuid[])`,
      [version, org.manager.id, org.senior.id, org.organisationId, special],
    );
    progress(`plan versions: version ${version} of ${versionsPerPerson} for ${personIds.length - special.length} people`);
  }

  for (const [i, candidate] of candidates.entries()) {
    for (let version = 1; version <= versionsPerPerson; version++) {
      const content = generatePlanContent(50_000 + i * 10 + version, {
        detail: version === versionsPerPerson ? candidate.detail : typicalDetail,
      });
      await client.query(
        `INSERT INTO care_plan_versions (${versionColumns})
         SELECT cp.id, $1::int, cp.organisation_id, ${statusSql('$1::int')}, $2::jsonb, 1, ${reasonSql('$1::int')}, ${agreementSql('$1::int')},
           $3, ${agreedOn('$1::int')}, $3, ${agreedOn('$1::int')}, $4, ${agreedOn('$1::int')}, ${agreedOn('$1::int')}
         FROM care_plans cp JOIN people p ON p.id = cp.person_id WHERE cp.person_id = $5`,
        [version, JSON.stringify(content), org.manager.id, org.senior.id, candidate.personId],
      );
    }
  }
  await client.query('DROP TABLE bench_plan_templates');
}
