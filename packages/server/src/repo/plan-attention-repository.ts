// The manager's list of plans needing attention: first plans due or overdue, reviews due, overdue or
// triggered, and plans unreviewed for 2 years. Computed by the core timing rules from what the database holds.
import { defaultPlanTimingSettings, planAttention, type Attention, type PlanStatus, type SectionContent } from '@hearth/core';
import { londonDate } from '../dates.js';
import type { RequestRepository } from './request-repository.js';

export interface PlanAttentionRow {
  personId: string;
  legalName: string;
  preferredName: string | null;
  serviceId: string;
  attention: Attention[];
}

interface Row {
  id: string;
  legal_name: string;
  preferred_name: string | null;
  service_id: string;
  service_start_date: string | null;
  emergency_start: boolean;
  first_agreed_on: string | null;
  status: PlanStatus | null;
  agreed_on: string | null;
  review_trigger: string | null;
  sections: Pick<SectionContent, 'nextReviewDate'>[] | null;
  review_interval_days: number;
}

export function listPlansNeedingAttention(repo: RequestRepository): Promise<PlanAttentionRow[]> {
  return repo.run(async (uow) => {
    const scope = uow.scope('read', 'care_plan', { action: 'care_plan.attention' });
    const params: unknown[] = [];
    const serviceFilter = scope.kind === 'services' ? `AND p.service_id = ANY($${params.push(scope.serviceIds)}::uuid[])` : '';
    const { rows } = await uow.tx.query<Row>(
      `SELECT p.id, p.legal_name, p.preferred_name, p.service_id, to_char(p.service_start_date, 'YYYY-MM-DD') AS service_start_date, p.emergency_start,
              (SELECT to_char(min(v.agreed_at AT TIME ZONE 'Europe/London'), 'YYYY-MM-DD')
                 FROM care_plan_versions v JOIN care_plans cp ON cp.id = v.plan_id WHERE cp.person_id = p.id) AS first_agreed_on,
              cur.status, to_char(cur.agreed_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS agreed_on, cur.review_trigger,
              cur.content->'sections' AS sections, sv.plan_review_interval_days AS review_interval_days
       FROM people p
       JOIN services sv ON sv.id = p.service_id
       LEFT JOIN LATERAL (
         SELECT v.status, v.agreed_at, v.review_trigger, v.content
         FROM care_plan_versions v JOIN care_plans cp ON cp.id = v.plan_id
         WHERE cp.person_id = p.id AND v.status IN ('agreed', 'in_use', 'under_review')
         ORDER BY (v.status <> 'agreed') DESC, v.version DESC LIMIT 1
       ) cur ON true
       WHERE p.status IN ('active', 'in_hospital') ${serviceFilter}
       ORDER BY p.legal_name, p.id`,
      params,
    );
    const today = londonDate(uow.now);
    const result = rows
      .map((r) => ({
        personId: r.id,
        legalName: r.legal_name,
        preferredName: r.preferred_name,
        serviceId: r.service_id,
        attention: planAttention(
          {
            serviceStartDate: r.service_start_date,
            emergencyStart: r.emergency_start,
            firstAgreedOn: r.first_agreed_on,
            current: r.status === null ? null : {
              status: r.status,
              agreedOn: r.agreed_on,
              reviewTrigger: r.review_trigger,
              sectionReviewDates: (r.sections ?? []).flatMap((s) => (s.nextReviewDate ? [s.nextReviewDate] : [])),
            },
          },
          today,
          { ...defaultPlanTimingSettings, reviewIntervalDays: r.review_interval_days },
        ),
      }))
      .filter((r) => r.attention.length > 0);
    await uow.audit({ action: 'care_plan.attention', resourceType: 'care_plan', detail: { people: rows.length, needingAttention: result.length } });
    return result;
  });
}
