// Reading a person's Positive Behaviour Support records for a subject access export: every version of the behaviour
// support plan with who agreed it and its reviews, ABC records, scatter-plot entries, restrictive interventions with
// their debriefs, and PAL assessments. Every row, those a later one replaced included, as the database holds it less
// the organisation id, with staff named beside their ids.
import { childRows, records, staffName, type Tx } from './subject-access-sql.js';

const planVersionsSql = `
  SELECT to_jsonb(v) - 'organisation_id' || jsonb_build_object(
    'recorded_by_name', ${staffName('v.recorded_by')},
    'agreements', ${childRows('behaviour_support_plan_agreements', 'a', 'a.plan_version_id = v.id', { recorded_by_name: 'recorded_by' }, 'a.recorded_at, a.id')},
    'reviews', ${childRows('behaviour_support_plan_reviews', 'r', 'r.plan_version_id = v.id', { recorded_by_name: 'recorded_by' }, 'r.recorded_at, r.id')}) AS row
  FROM behaviour_support_plan_versions v WHERE v.person_id = $1 ORDER BY v.version, v.id`;

const restrictiveInterventionsSql = `
  SELECT to_jsonb(i) - 'organisation_id' || jsonb_build_object(
    'recorded_by_name', ${staffName('i.recorded_by')},
    'debriefs', ${childRows('restrictive_intervention_debriefs', 'd', 'd.intervention_id = i.id', { recorded_by_name: 'recorded_by' }, 'd.held_on, d.recorded_at, d.id')}) AS row
  FROM restrictive_interventions i WHERE i.person_id = $1 ORDER BY i.started_at, i.recorded_at, i.id`;

export async function behaviourParts(uow: Tx, personId: string) {
  return {
    behaviourSupportPlanVersions: await records(uow, planVersionsSql, personId),
    abcRecords: await records(
      uow,
      `SELECT to_jsonb(r) - 'organisation_id' || jsonb_build_object('recorded_by_name', ${staffName('r.recorded_by')}) AS row
       FROM abc_records r WHERE r.person_id = $1 ORDER BY r.occurred_at, r.recorded_at, r.id`,
      personId,
    ),
    scatterPlotEntries: await records(
      uow,
      `SELECT to_jsonb(e) - 'organisation_id' || jsonb_build_object('recorded_by_name', ${staffName('e.recorded_by')}) AS row
       FROM scatter_plot_entries e WHERE e.person_id = $1 ORDER BY e.observed_on, e.slot_start_minute, e.recorded_at, e.id`,
      personId,
    ),
    restrictiveInterventions: await records(uow, restrictiveInterventionsSql, personId),
    palAssessments: await records(
      uow,
      `SELECT to_jsonb(p) - 'organisation_id' || jsonb_build_object('recorded_by_name', ${staffName('p.recorded_by')}) AS row
       FROM pal_assessments p WHERE p.person_id = $1 ORDER BY p.assessed_on, p.recorded_at, p.id`,
      personId,
    ),
  };
}
