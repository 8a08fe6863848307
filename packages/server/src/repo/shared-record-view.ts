// The one view of a person's record an outside reader may see now, built from the parts in force: who the person is
// and how they want information, the plan sections of the shared parts, daily records if shared, the capacity
// records of health and finances if shared, behaviour support (the plan in use, the month's ABC records and
// restrictive interventions) if shared, and the reader's own entries. The page, search, plain text, large-print
// and easy-read PDFs are all made from this view and nothing else.
import {
  accessInForce,
  ateChoiceLabels,
  needsFlag,
  sectionParts,
  sectionPart,
  sharedFormatChoice,
  taskNotDoneReasonLabels,
  type PlanVersion,
  type RecordPart,
  type SharedBlock,
  type SharedDailyRecord,
  type SharedEntry,
  type SharedRecordView,
  type VisitRecord,
} from '@hearth/core';
import { londonDate, startOfLondonDay, nextDate } from '../dates.js';
import { HttpError } from '../http/http-error.js';
import { readSharedBehaviourSupport, sharedBehaviourSupportAuditDetail } from './behaviour-support-plan-shared-read.js';
import { currentPlanVersion } from './care-plan-repository.js';
import { latestNeedsOf } from './communication-needs-read.js';
import { effectiveSectionDefinitions } from './section-definitions-repository.js';
import { capacityAuditDetail, readSharedCapacity } from './shared-capacity-read.js';
import type { SharedRecordRepository, SharedUnitOfWork } from './shared-record-repository.js';
import { readPersonRecords } from './visit-records-read.js';

/** How far back daily records reach in the shared view. */
export const sharedDailyRecordDays = 31;

const planParts: readonly RecordPart[] = ['plan', 'health', 'finances', 'behaviour_support'];

/** The view: every answer, printed ones included, is made from it alone. */
export interface SharedRecordData {
  view: SharedRecordView;
}

const timeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hour12: false });
const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

function dailyRecordOf(record: VisitRecord, parts: readonly RecordPart[]): SharedDailyRecord {
  const c = record.content;
  const blocks: SharedBlock[] = [];
  const push = (heading: string, lines: (string | null)[]) => {
    const kept = lines.filter((l): l is string => l !== null && l.trim() !== '');
    if (kept.length > 0) blocks.push({ heading, lines: kept });
  };
  // A task comes from a plan section; one from a part not shared (a medicine, say) stays out.
  push('Tasks', c.tasks.filter((t) => parts.includes(sectionPart(t.sectionKey))).map((t) =>
    `${t.what}: ${t.done ? 'done' : `not done${t.reason ? ` (${taskNotDoneReasonLabels[t.reason].toLowerCase()})` : ''}`}${t.note ? `. ${t.note}` : ''}`));
  push('Food and drink', [
    c.foodAndFluid.ate ? `Ate: ${ateChoiceLabels[c.foodAndFluid.ate].toLowerCase()}` : null,
    c.foodAndFluid.drankMl !== null ? `Drank: ${c.foodAndFluid.drankMl} ml` : null,
    c.foodAndFluid.notes,
  ]);
  push('Personal care', [c.personalCare]);
  push('Mood, in my words', [c.mood]);
  push('Wellbeing', [c.wellbeing]);
  push('Concerns', c.concerns.map((x) => x.text));
  push('Added later', record.addenda.map((a) => a.body));
  const arrived = new Date(record.arrivedAt);
  const label = record.visitLabel ?? (record.kind === 'shift' ? 'Shift' : 'Visit');
  return {
    id: record.id,
    title: `${label}, ${dayFormat.format(arrived)}, ${timeFormat.format(arrived)}${record.leftAt ? ` to ${timeFormat.format(new Date(record.leftAt))}` : ''}`,
    arrivedAt: record.arrivedAt,
    leftAt: record.leftAt,
    recordedByName: record.recordedBy.name,
    blocks,
  };
}

/** Builds the view inside a unit of work: refuses (404) a person out of reach; audits the read as `action`. */
export async function buildSharedRecord(uow: SharedUnitOfWork, personId: string, action: string, detail: Record<string, unknown> = {}): Promise<SharedRecordData> {
  uow.require('read', personId, { kind: 'summary' }, { action });
  const person = (await uow.tx.query<{ legal_name: string; preferred_name: string | null }>(
    'SELECT legal_name, preferred_name FROM people WHERE id = $1',
    [personId],
  )).rows[0];
  if (!person) throw new HttpError('not_found');
  const access = accessInForce(uow.actor, personId, uow.now);
  const parts = uow.parts(personId);
  const needs = (await latestNeedsOf(uow, [personId])).get(personId) ?? null;

  const definitions = await effectiveSectionDefinitions(uow);
  let plan: PlanVersion | null = null;
  let current: PlanVersion | null = null;
  if (parts.some((p) => planParts.includes(p))) {
    current = await currentPlanVersion(uow, personId);
    if (current) {
      const sections = current.content.sections.filter((s) => parts.includes(sectionPart(s.sectionKey)));
      plan = { ...current, content: { ...current.content, sections } };
    }
  }
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const planSections = (plan?.content.sections ?? []).map((s) => {
    const definition = byKey.get(s.sectionKey);
    return {
      key: s.sectionKey,
      title: definition?.title ?? s.sectionKey.replace(/_/g, ' '),
      part: sectionPart(s.sectionKey),
      blocks: sectionParts(s, definition).map((p) => ({ heading: p.heading, lines: p.sentences })),
    };
  });

  let dailyRecords: SharedDailyRecord[] | null = null;
  if (uow.allows('read', personId, { kind: 'part', part: 'daily_records' })) {
    const today = londonDate(uow.now);
    const from = new Date(startOfLondonDay(today).getTime() - sharedDailyRecordDays * 86_400_000);
    const records = await readPersonRecords(uow.tx, personId, from, startOfLondonDay(nextDate(today)));
    dailyRecords = records.map((r) => dailyRecordOf(r, parts));
  }

  const behaviourSupport = await readSharedBehaviourSupport(uow, personId);
  const capacity = await readSharedCapacity(uow, personId, current?.content ?? null, (key) => byKey.get(key)?.title ?? key.replace(/_/g, ' '));

  const entries: SharedEntry[] = uow.allows('read', personId, { kind: 'own_entries' })
    ? (await uow.tx.query<{ id: string; kind: SharedEntry['kind']; body: string; created_at: Date }>(
      'SELECT id, kind, body, created_at FROM contact_entries WHERE person_id = $1 AND account_id = $2 ORDER BY created_at DESC, id DESC LIMIT 200',
      [personId, uow.actor.accountId],
    )).rows.map((r) => ({ id: r.id, kind: r.kind, text: r.body, createdAt: r.created_at.toISOString(), byYou: true as const }))
    : [];

  const capacityShown = capacityAuditDetail(capacity);
  const behaviourSupportShown = sharedBehaviourSupportAuditDetail(behaviourSupport);
  await uow.audit({
    action,
    resourceType: 'person',
    resourceId: personId,
    detail: {
      parts,
      ...(capacityShown ? { capacityRecords: capacityShown } : {}),
      ...(behaviourSupportShown ? { behaviourSupport: behaviourSupportShown } : {}),
      ...detail,
    },
  });
  const self = access.find((a) => a.relationship === 'self');
  const endings = access.map((a) => a.endsAt);
  return {
    view: {
      person: { id: personId, name: person.legal_name, preferredName: person.preferred_name, communicationNeeds: needs === null ? null : needsFlag(needs) },
      formats: sharedFormatChoice(needs),
      relationship: (self ?? access[0])?.relationship ?? 'family',
      parts,
      readOnly: access.every((a) => a.readOnly),
      canSeeRecordViews: uow.allows('read', personId, { kind: 'record_views' }),
      endsAt: endings.includes(null) ? null : (endings.filter((e): e is string => e !== null).sort().at(-1) ?? null),
      plan: plan ? { version: plan.version, agreedOn: plan.agreement?.date ?? null } : null,
      planSections,
      dailyRecords,
      capacity,
      behaviourSupport,
      entries,
    },
  };
}

/** The view of one person, read and audited in a unit of work of its own. */
export function readSharedRecord(repo: SharedRecordRepository, personId: string, action: string, detail: Record<string, unknown> = {}): Promise<SharedRecordData> {
  return repo.run((uow) => buildSharedRecord(uow, personId, action, detail));
}
