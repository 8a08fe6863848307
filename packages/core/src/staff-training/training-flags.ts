// The flag for restrictive interventions: a member of staff assigned to someone whose behaviour support plan allows a
// restrictive practice must hold current restrictive-practice training certified against the Restraint Reduction
// Network (RRN) standards. Missing or expired certified training is flagged; certified training expiring within
// `staffTrainingExpiresSoonDays` days is warned about. An unexpired course that is not RRN certified does not count.
import { z } from 'zod';
import { rrnTrainingStanding, type RrnStandingRecord } from './rrn-standing.js';

/** How staff come to be assigned to a person: a grant in their care home, or a planned homecare visit. */
export const trainingFlagBases = ['care_home_grant', 'planned_visit'] as const;
export type TrainingFlagBasis = (typeof trainingFlagBases)[number];

/** Homecare staff count as assigned to a person with a visit planned from the start of today to the end of this many days ahead. */
export const trainingFlagVisitWindowDays = 14;

/** The restrictive practices a behaviour support plan may allow, as the register names them. */
export const trainingFlagPracticeLabels: Record<string, string> = {
  physical: 'physical intervention',
  seclusion: 'seclusion',
  chemical: 'chemical restraint (medication)',
  mechanical: 'mechanical restraint',
};

/** Someone whose behaviour support plan in use (the latest agreed version) names at least one restrictive practice. */
export interface TrainingFlagPerson {
  personId: string;
  personName: string;
  serviceId: string;
  restrictivePractices: readonly string[];
}

export interface TrainingFlagAssignment {
  personId: string;
  staffId: string;
  staffName: string;
  basis: TrainingFlagBasis;
  /** For a planned visit: when the first one in the window starts (ISO instant). */
  nextVisitAt: string | null;
}

export const trainingFlagSeverities = ['flag', 'warning'] as const;

export const trainingFlagSchema = z.object({
  staffId: z.uuid(),
  staffName: z.string(),
  personId: z.uuid(),
  personName: z.string(),
  serviceId: z.uuid(),
  restrictivePractices: z.array(z.string()),
  basis: z.enum(trainingFlagBases),
  nextVisitAt: z.string().nullable(),
  /** flag: no valid certified training; warning: it expires soon. */
  severity: z.enum(trainingFlagSeverities),
  standing: z.enum(['missing', 'expired', 'expires_soon']),
  /** The expiry of the certified record that counts; null when there is none. */
  expiresOn: z.string().nullable(),
  hasUncertifiedCourse: z.boolean(),
});
export type TrainingFlag = z.infer<typeof trainingFlagSchema>;

export interface TrainingFlagInput {
  people: readonly TrainingFlagPerson[];
  assignments: readonly TrainingFlagAssignment[];
  /** The assigned staff's training records (any topic), with their staff id. */
  records: readonly (RrnStandingRecord & { staffId: string })[];
}

/**
 * Every pair of an assigned member of staff and a person whose plan allows a restrictive practice, where the staff
 * member's certified training is missing, expired or expiring soon on `today`. Flags come before warnings, then by
 * staff name and person name.
 */
export function restrictivePracticeTrainingFlags(input: TrainingFlagInput, today: string): TrainingFlag[] {
  const people = new Map(input.people.filter((p) => p.restrictivePractices.length > 0).map((p) => [p.personId, p]));
  const recordsByStaff = new Map<string, RrnStandingRecord[]>();
  for (const r of input.records) recordsByStaff.set(r.staffId, [...(recordsByStaff.get(r.staffId) ?? []), r]);
  const seen = new Set<string>();
  const flags: TrainingFlag[] = [];
  for (const a of input.assignments) {
    const person = people.get(a.personId);
    const key = `${a.staffId}:${a.personId}`;
    if (!person || seen.has(key)) continue;
    seen.add(key);
    const standing = rrnTrainingStanding(recordsByStaff.get(a.staffId) ?? [], today);
    if (standing.standing === 'current') continue;
    flags.push({
      staffId: a.staffId,
      staffName: a.staffName,
      personId: person.personId,
      personName: person.personName,
      serviceId: person.serviceId,
      restrictivePractices: [...person.restrictivePractices],
      basis: a.basis,
      nextVisitAt: a.nextVisitAt,
      severity: standing.standing === 'expires_soon' ? 'warning' : 'flag',
      standing: standing.standing,
      expiresOn: standing.record?.expiresOn ?? null,
      hasUncertifiedCourse: standing.hasUncertifiedCourse,
    });
  }
  const rank = (f: TrainingFlag) => (f.severity === 'flag' ? 0 : 1);
  return flags.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.staffName.localeCompare(b.staffName) ||
      a.personName.localeCompare(b.personName) ||
      a.staffId.localeCompare(b.staffId) ||
      a.personId.localeCompare(b.personId),
  );
}
