// Behaviour support as an outside reader with the behaviour_support part shared sees it: the plan in use in plain
// sections, and the last month's ABC records and restrictive interventions. The page, search, plain text and PDFs are
// all made from these blocks, so none can show more than the others.
import { z } from 'zod';
import { bspFunctionLabels, bspRestrictivePracticeKinds, bspRestrictivePracticeLabels, type BspBody } from './bsp-content.js';

/** How far back ABC records and restrictive interventions reach in the shared view. */
export const sharedBehaviourSupportDays = 31;

export const bspFollowedPlanValues = ['yes', 'partly', 'no', 'no_plan'] as const;
export type BspFollowedPlan = (typeof bspFollowedPlanValues)[number];
export const bspFollowedPlanLabels: Record<BspFollowedPlan, string> = {
  yes: 'Followed the behaviour support plan',
  partly: 'Partly followed the behaviour support plan',
  no: 'Did not follow the behaviour support plan',
  no_plan: 'The plan did not cover this',
};

const blockSchema = z.object({ heading: z.string(), lines: z.array(z.string()) });
type Block = z.infer<typeof blockSchema>;

export const sharedAbcRecordSchema = z.object({
  occurredAt: z.string(),
  behaviour: z.string(),
  /** 1 (mild) to 5 (most intense). */
  intensity: z.number().int(),
  durationMinutes: z.number().int(),
});
export type SharedAbcRecord = z.infer<typeof sharedAbcRecordSchema>;

export const sharedRestrictiveInterventionSchema = z.object({
  startedAt: z.string(),
  kind: z.enum(bspRestrictivePracticeKinds),
  durationMinutes: z.number().int(),
  followedPlan: z.enum(bspFollowedPlanValues),
  debriefWithPerson: z.boolean(),
});
export type SharedRestrictiveIntervention = z.infer<typeof sharedRestrictiveInterventionSchema>;

export const sharedBehaviourSupportSchema = z.object({
  plan: z
    .object({ version: z.number().int(), agreedOn: z.string().nullable(), reviewBy: z.string(), sections: z.array(blockSchema) })
    .nullable(),
  abcRecords: z.array(sharedAbcRecordSchema),
  restrictiveInterventions: z.array(sharedRestrictiveInterventionSchema),
});
export type SharedBehaviourSupport = z.infer<typeof sharedBehaviourSupportSchema>;

export const sharedBehaviourSupportHeading = 'Behaviour support';

const list = (items: readonly string[]) => items.join('; ');

/** The plan in use in plain sections, each line a sentence a family member can read. */
export function bspSharedSections(body: BspBody): Block[] {
  const behaviourName = new Map(body.behaviours.map((b) => [b.id, b.name]));
  const r = body.reactiveStrategies;
  const sections: Block[] = [
    {
      heading: 'About me',
      lines: [
        `Who I am: ${body.profile.aboutMe}`,
        `A good day for me: ${body.profile.goodDay}`,
        `How I communicate: ${body.profile.communication}`,
        `What I like and do not like: ${body.profile.preferences}`,
      ],
    },
    {
      heading: 'Behaviours of concern',
      lines: body.behaviours.map(
        (b) => `${b.name}: ${b.looksLike} How often: ${b.frequency}. How long: ${b.duration}. How intense: ${b.intensity}.`,
      ),
    },
    {
      heading: 'What the behaviour achieves for me',
      lines: body.functionalAssessment.map(
        (a) =>
          `${behaviourName.get(a.behaviourId) ?? 'A behaviour'} (${list(a.functions.map((f) => bspFunctionLabels[f].toLowerCase()))}): ${a.whatItAchieves} Evidence: ${a.evidence}`,
      ),
    },
    {
      heading: 'Meeting my needs',
      lines: [
        `My needs: ${body.primaryPrevention.meetingNeeds}`,
        `Around me: ${body.primaryPrevention.environment}`,
        `Skills: ${body.primaryPrevention.skills}`,
      ],
    },
    {
      heading: 'Early warning signs and what to do',
      lines: body.secondaryStrategies.map((s) => `${s.sign}: ${s.whatToDo}`),
    },
    {
      heading: 'If I become distressed',
      lines: [...r.steps.map((s, i) => `${i + 1}. ${s.whatToDo}`), `Never: ${r.neverDo}`],
    },
  ];
  if (r.restrictivePractices.length > 0)
    sections.push({
      heading: 'Restrictive practice allowed only as a last resort',
      lines: r.restrictivePractices.map(
        (p) => `${bspRestrictivePracticeLabels[p.kind]}: ${p.whatStaffDo} Only when: ${p.onlyWhen}`,
      ),
    });
  sections.push({
    heading: 'After an incident',
    lines: [`For me: ${body.postIncidentSupport.person}`, `For staff: ${body.postIncidentSupport.staff}`],
  });
  if (body.reductionPlan !== null) sections.push({ heading: 'Reducing restrictive practice', lines: [body.reductionPlan] });
  return sections;
}

const whenParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as people in England read it: "Tuesday 3 March 2026 at 16:40". */
export function sharedWhen(iso: string): string {
  const part = Object.fromEntries(whenParts.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${part.weekday} ${part.day} ${part.month} ${part.year} at ${part.hour}:${part.minute}`;
}

const minutes = (n: number) => (n === 1 ? '1 minute' : `${n} minutes`);

export function sharedAbcLine(r: SharedAbcRecord): string {
  return `${sharedWhen(r.occurredAt)}: ${r.behaviour}. Intensity ${r.intensity} out of 5, lasted ${minutes(r.durationMinutes)}.`;
}

export function sharedInterventionLine(r: SharedRestrictiveIntervention): string {
  return `${sharedWhen(r.startedAt)}: ${bspRestrictivePracticeLabels[r.kind]} for ${minutes(r.durationMinutes)}. ${bspFollowedPlanLabels[r.followedPlan]}. ${r.debriefWithPerson ? 'A debrief with the person was held afterwards.' : 'No debrief with the person is recorded.'}`;
}

/** Everything shown, as headed blocks: the plan's sections, then the month's records. Empty parts say so. */
export function sharedBehaviourSupportBlocks(view: SharedBehaviourSupport): Block[] {
  const blocks: Block[] = [
    {
      heading: 'Behaviour support plan',
      lines: [
        view.plan
          ? `Version ${view.plan.version}${view.plan.agreedOn ? `, agreed on ${spoken(view.plan.agreedOn)}` : ''}. To be reviewed by ${spoken(view.plan.reviewBy)}.`
          : 'There is no agreed behaviour support plan.',
      ],
    },
    ...(view.plan?.sections ?? []),
    {
      heading: `ABC records in the last ${sharedBehaviourSupportDays} days`,
      lines: view.abcRecords.length === 0 ? ['None recorded.'] : view.abcRecords.map(sharedAbcLine),
    },
    {
      heading: `Restrictive interventions in the last ${sharedBehaviourSupportDays} days`,
      lines:
        view.restrictiveInterventions.length === 0
          ? ['None recorded.']
          : view.restrictiveInterventions.map(sharedInterventionLine),
    },
  ];
  return blocks;
}

const spokenFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
function spoken(isoDate: string): string {
  return spokenFormat.format(new Date(`${isoDate}T00:00:00Z`));
}
