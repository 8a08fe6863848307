// Reading, for a subject access export, the service's arrangements around the person: the visits planned for them
// (who was to come, and any cancellation with its reason) and the register of paper packs printed for their home.
// As the database holds them less the organisation id, with staff named beside their ids.
import { records, staffName, type Tx } from './subject-access-sql.js';

const plannedVisitsSql = `
  SELECT to_jsonb(v) - 'organisation_id' || jsonb_build_object(
    'staff_name', ${staffName('v.staff_id')},
    'created_by_name', ${staffName('v.created_by')},
    'cancellation', (SELECT to_jsonb(c) - 'organisation_id' || jsonb_build_object('cancelled_by_name', ${staffName('c.cancelled_by')})
                     FROM planned_visit_cancellations c WHERE c.visit_id = v.id)) AS row
  FROM planned_visits v WHERE v.person_id = $1 ORDER BY v.starts_at, v.id`;

export async function visitPlanParts(uow: Tx, personId: string) {
  return {
    plannedVisits: await records(uow, plannedVisitsSql, personId),
    printedPacks: await records(
      uow,
      `SELECT to_jsonb(p) - 'organisation_id' || jsonb_build_object('printed_by_name', ${staffName('p.printed_by')}) AS row
       FROM printed_packs p WHERE p.person_id = $1 ORDER BY p.printed_at, p.id`,
      personId,
    ),
  };
}
