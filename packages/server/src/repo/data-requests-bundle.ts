// The export bundle that answers a data request, laid out as a zip: a README saying what it is and who asked, then a
// folder per person with their record, current care and support plan, and the last 28 days of visit records.
import {
  ateChoiceLabels,
  dataRequestStatusLabels,
  plainTextPlan,
  requesterRoleLabels,
  taskNotDoneReasonLabels,
  type DataRequestStatus,
  type DataRequester,
  type PlanVersion,
  type SectionDefinition,
  type VisitRecord,
} from '@hearth/core';
import { zipSync, strToU8 } from 'fflate';

/** How far back the visit records in a bundle go. */
export const bundleVisitDays = 28;

export interface BundlePerson {
  id: string;
  /** The register entry, without key-safe or entry details: those never leave the service. */
  record: Record<string, unknown> & { legalName: string; preferredName: string | null };
  plan: PlanVersion | null;
  visits: VisitRecord[];
}

export interface BundleInput {
  requestId: string;
  requester: DataRequester;
  whatAsked: string;
  receivedAt: Date;
  dueAt: Date;
  status: DataRequestStatus;
  serviceName: string;
  organisationName: string;
  madeBy: string;
  madeAt: Date;
  people: BundlePerson[];
  definitions: SectionDefinition[];
}

const ukTime = (at: Date | string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' }).format(new Date(at));
const nameOf = (p: { legalName: string; preferredName: string | null }) => (p.preferredName ? `${p.preferredName} (${p.legalName})` : p.legalName);

/** A folder name from the person's name: ASCII letters and digits, numbered so two people of one name stay apart. */
export function personFolder(index: number, legalName: string): string {
  const slug = legalName.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 40);
  return `${String(index + 1).padStart(2, '0')}-${slug || 'person'}`;
}

function readme(input: BundleInput): string {
  const r = input.requester;
  return [
    `Records shared in answer to a data request`,
    ``,
    `From: ${input.organisationName}, ${input.serviceName}`,
    `Made by ${input.madeBy} on ${ukTime(input.madeAt)} (UK time).`,
    ``,
    `The request`,
    `Asked by: ${r.name}, ${requesterRoleLabels[r.role]}, ${r.organisation}`,
    `Email: ${r.email}${r.phone ? `; phone: ${r.phone}` : ''}`,
    `Received: ${ukTime(input.receivedAt)}; deadline: ${ukTime(input.dueAt)}; status when made: ${dataRequestStatusLabels[input.status]}`,
    `What was asked for:`,
    input.whatAsked,
    ``,
    `What is in this bundle`,
    `One folder for each person the request names, and no one else:`,
    ...input.people.map((p, i) => `  ${personFolder(i, p.record.legalName)}/  ${nameOf(p.record)}`),
    ``,
    `In each folder:`,
    `  record.json         the person's entry in the register: names, date of birth, NHS number, address, contacts, GP,`,
    `                      alerts and support dates. Key-safe codes and entry details are never included.`,
    `  care-plan.txt       the care and support plan followed now, as plain text (or a note that there is none agreed).`,
    `  care-plan.json      the same plan version in full, as data.`,
    `  visit-records.txt   visit and daily records from the last ${bundleVisitDays} days, newest first, with corrections.`,
    `  visit-records.json  the same records as data.`,
    ``,
    `This is personal information about people receiving care. Keep it only as long as the purpose above needs,`,
    `store it securely, and do not pass it on except as the law allows.`,
    ``,
  ].join('\r\n');
}

function visitText(v: VisitRecord): string[] {
  const c = v.content;
  const lines = [
    `${v.visitLabel ?? (v.kind === 'shift' ? 'Shift' : 'Visit')}: arrived ${ukTime(v.arrivedAt)}${v.leftAt ? `, left ${ukTime(v.leftAt)}` : ''}. Recorded by ${v.recordedBy.name}.`,
    ...c.tasks.map((t) => `  ${t.done ? 'Done' : `Not done (${t.reason ? taskNotDoneReasonLabels[t.reason] : 'no reason given'})`}: ${t.what}${t.note ? ` – ${t.note}` : ''}`),
  ];
  if (c.foodAndFluid.ate) lines.push(`  Ate: ${ateChoiceLabels[c.foodAndFluid.ate]}`);
  if (c.foodAndFluid.drankMl !== null) lines.push(`  Drank: ${c.foodAndFluid.drankMl} ml`);
  if (c.foodAndFluid.notes) lines.push(`  Food and drink: ${c.foodAndFluid.notes}`);
  if (c.personalCare) lines.push(`  Personal care: ${c.personalCare}`);
  if (c.mood) lines.push(`  Mood, in their words: ${c.mood}`);
  if (c.wellbeing) lines.push(`  Wellbeing: ${c.wellbeing}`);
  for (const concern of c.concerns) lines.push(`  Concern${concern.escalate ? ' (escalated)' : ''}: ${concern.text}`);
  for (const a of v.addenda) lines.push(`  Added ${ukTime(a.createdAt)} by ${a.author.name}: ${a.body}`);
  return [...lines, ''];
}

function visitsText(person: BundlePerson, madeAt: Date): string {
  const head = [`Visit and daily records for ${nameOf(person.record)}: the ${bundleVisitDays} days to ${ukTime(madeAt)}`, ''];
  if (person.visits.length === 0) return [...head, 'No visits or shifts were recorded in these days.', ''].join('\r\n');
  return [...head, ...person.visits.flatMap(visitText)].join('\r\n');
}

/** The zip's bytes. Times inside are the moment it was made, so one bundle's files all carry the same date. */
export function buildBundle(input: BundleInput): Uint8Array {
  const mtime = input.madeAt;
  const file = (text: string): [Uint8Array, { mtime: Date }] => [strToU8(text), { mtime }];
  const json = (value: unknown) => file(`${JSON.stringify(value, null, 2)}\n`);
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = { 'README.txt': file(readme(input)) };
  input.people.forEach((p, i) => {
    const folder = personFolder(i, p.record.legalName);
    entries[`${folder}/record.json`] = json(p.record);
    entries[`${folder}/care-plan.txt`] = file(plainTextPlan({
      name: nameOf(p.record), plan: p.plan, definitions: input.definitions, printedOn: ukTime(input.madeAt), communicationFlag: null,
    }));
    entries[`${folder}/care-plan.json`] = json(p.plan);
    entries[`${folder}/visit-records.txt`] = file(visitsText(p, input.madeAt));
    entries[`${folder}/visit-records.json`] = json(p.visits);
  });
  return zipSync(entries, { level: 6 });
}
