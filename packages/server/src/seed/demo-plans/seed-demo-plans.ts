// Gives the demo organisation care and support plans, written through the repository functions the API uses, so
// each version is parsed, checked against the section definitions, access-checked and audited exactly as in real
// use, by the demo staff member who would have done it. Each change runs with a clock set to the day it happened.
import { agreeBodySchema, newPlanCommentSchema, saveDraftBodySchema, type Agreement, type StaffActor } from '@hearth/core';
import type pg from 'pg';
import { loadStaffIdentity } from '../../auth/staff-actor.js';
import { londonDate } from '../../dates.js';
import { inTransaction } from '../../db/transaction.js';
import { runNightlyPlanAudits } from '../../jobs/nightly-plan-audit.js';
import { renderPack } from '../../pack/render-pack.js';
import { agreeDraft, changeVersionStatus, saveDraft } from '../../repo/care-plan-repository.js';
import { printPack } from '../../repo/pack-repository.js';
import { addPlanComment } from '../../repo/plan-comments-repository.js';
import { RequestRepository } from '../../repo/request-repository.js';
import { arthurDraft, arthurDraftReason, arthurLegalName } from './arthur-pickering.js';
import { demoDays, type DemoContent } from './demo-plan-types.js';
import { peggyFallNote, peggyLegalName, peggyTimeline, peggyVersion1, peggyVersion2, peggyVersion2Reason } from './peggy-thompson.js';
import { stanleyFirstPlanOn, stanleyLegalName, stanleyPlan, stanleyReviewedOn, stanleyReviewReason } from './stanley-whitaker.js';

const senior = 'senior@riverside-care.example';
const manager = 'manager@riverside-care.example';
const carer = 'carer@riverside-care.example';
const oakHouseSenior = 'oakhouse.senior@riverside-care.example';

/** Who did something, on which day and at what time (UTC, which is London time or an hour behind it). */
interface When { email: string; on: string; time: string }

export async function seedDemoPlans(pool: pg.Pool, organisationId: string, now: Date): Promise<void> {
  const days = demoDays(londonDate(now));
  const { actors, people } = await inTransaction(pool, organisationId, async (tx) => {
    const staff = await tx.query<{ id: string; email: string }>('SELECT id, email FROM staff');
    const found = new Map<string, StaffActor>();
    for (const s of staff.rows) {
      const identity = await loadStaffIdentity(tx, s.id);
      if (identity) found.set(s.email, identity.actor);
    }
    const rows = (await tx.query<{ id: string; legal_name: string }>('SELECT id, legal_name FROM people')).rows;
    return { actors: found, people: new Map(rows.map((r) => [r.legal_name, r.id])) };
  });
  const personId = (legalName: string) => required(people.get(legalName), legalName);
  /** The repository a request by this staff member would get, its clock at the moment the change was made. */
  const as = ({ email, on, time }: When) => {
    const at = new Date(`${on}T${time}:00Z`);
    return new RequestRepository(pool, required(actors.get(email), email), () => (at < now ? at : now));
  };

  async function writeVersion(person: string, write: When & { reason: string; content: DemoContent }, agree: When & { agreement: Agreement }, use: When): Promise<number> {
    const draft = await saveDraft(as(write), person, saveDraftBodySchema.parse({ revision: null, reason: write.reason, content: write.content }));
    await agreeDraft(as(agree), person, agreeBodySchema.parse({ revision: draft.revision, agreement: agree.agreement }));
    await changeVersionStatus(as(use), person, draft.version, 'start_use', null);
    return draft.version;
  }
  const signedOnScreen = (agreedBy: string, date: string): Agreement => ({ method: 'signed_on_screen', agreedBy, date, witness: null, authority: null, bestInterestsDecision: null });

  // Peggy: her first plan, a printed pack of it, a fall, a review and version 2 in use; a care worker's comment since.
  const peggy = personId(peggyLegalName);
  const t = peggyTimeline(days);
  await writeVersion(
    peggy,
    { email: senior, on: t.firstWrittenOn, time: '10:00', reason: 'First plan, written with Peggy and her son David at her home before her visits began', content: peggyVersion1(days) },
    { email: senior, on: t.firstWrittenOn, time: '11:30', agreement: signedOnScreen('Peggy Thompson', t.firstWrittenOn) },
    { email: manager, on: '2024-09-02', time: '07:30' },
  );
  await printPack(as({ email: senior, on: '2024-09-02', time: '09:00' }), peggy, 'standard', async (input) => Buffer.from(await renderPack(input)));
  await changeVersionStatus(as({ email: manager, on: t.reviewStartedOn, time: '09:15' }), peggy, 1, 'start_review', 'fall', peggyFallNote);
  await writeVersion(
    peggy,
    { email: senior, on: t.secondWrittenOn, time: '14:00', reason: peggyVersion2Reason, content: peggyVersion2(days) },
    { email: senior, on: t.secondAgreedOn, time: '11:00', agreement: signedOnScreen('Peggy Thompson', t.secondAgreedOn) },
    { email: manager, on: t.secondAgreedOn, time: '15:00' },
  );
  await addPlanComment(as({ email: carer, on: days.ago(4), time: '17:30' }), peggy, newPlanCommentSchema.parse({
    sectionKey: 'mobility_and_falls',
    body: 'Peggy did all five sit-to-stands at tea today and made her own tea with the kettle tipper. She says the tray on her frame is the best thing she has been given in years.',
  }));

  // Arthur: a first plan started two days ago and not yet agreed.
  await saveDraft(as({ email: senior, on: days.ago(2), time: '11:00' }), personId(arthurLegalName), saveDraftBodySchema.parse({ revision: null, reason: arthurDraftReason, content: arthurDraft(days) }));

  // Stan at Oak House: the plan he moved in with, then his six-monthly review, in use and due for review again soon.
  const stan = personId(stanleyLegalName);
  const witnessed = (date: string): Agreement => ({ method: 'verbal_with_witness', agreedBy: 'Stan Whitaker', date, witness: 'Olu Adeyemi, care worker', authority: null, bestInterestsDecision: null });
  await writeVersion(
    stan,
    { email: oakHouseSenior, on: stanleyFirstPlanOn, time: '10:00', reason: 'First plan, written with Stan at his pre-admission visit', content: stanleyPlan(days, false) },
    { email: oakHouseSenior, on: stanleyFirstPlanOn, time: '15:00', agreement: witnessed(stanleyFirstPlanOn) },
    { email: oakHouseSenior, on: '2024-11-04', time: '10:00' },
  );
  const reviewedOn = stanleyReviewedOn(days);
  await writeVersion(
    stan,
    { email: oakHouseSenior, on: reviewedOn, time: '10:00', reason: stanleyReviewReason, content: stanleyPlan(days, true) },
    { email: oakHouseSenior, on: reviewedOn, time: '14:00', agreement: witnessed(reviewedOn) },
    { email: oakHouseSenior, on: reviewedOn, time: '14:30' },
  );

  // The audit the nightly job would run tonight, run now (trigger 'nightly', as Hearth), so the dashboard has today's results.
  const [outcome] = await runNightlyPlanAudits(pool, now, [organisationId]);
  if (outcome?.error !== undefined) throw new Error(`the demo plans could not be audited: ${outcome.error}`);
}

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`the demo data has no ${name}`);
  return value;
}
