// Reading a person's capacity records for a subject access export: decision-specific capacity assessments, the
// best-interests decisions resting on them, and the other records about capacity, authority and wishes (powers of
// attorney and deputyships, advance decisions, liberty safeguards, IMCA, consent, advance care plans, ReSPECT and
// DNACPR). Every row, those a later one replaced included, as the database holds it less the organisation id.
import { records, staffName, type Tx } from './subject-access-sql.js';

export async function capacityParts(uow: Tx, personId: string) {
  return {
    capacityAssessments: await records(
      uow,
      `SELECT to_jsonb(a) - 'organisation_id' || jsonb_build_object('signed_by_name', ${staffName('a.signed_by')}) AS row
       FROM capacity_assessments a WHERE a.person_id = $1 ORDER BY a.assessed_on, a.signed_at, a.id`,
      personId,
    ),
    bestInterestsDecisions: await records(
      uow,
      `SELECT to_jsonb(d) - 'organisation_id' || jsonb_build_object('recorded_by_name', ${staffName('d.recorded_by')}) AS row
       FROM best_interests_decisions d WHERE d.person_id = $1 ORDER BY d.decided_on, d.recorded_at, d.id`,
      personId,
    ),
    capacityRecords: await records(
      uow,
      `SELECT to_jsonb(r) - 'organisation_id' || jsonb_build_object('recorded_by_name', ${staffName('r.recorded_by')}) AS row
       FROM capacity_records r WHERE r.person_id = $1 ORDER BY r.recorded_at, r.id`,
      personId,
    ),
  };
}
