// The difference between two plan versions, section by section, for the side-by-side view.
import { diffRecords, type FieldChange } from '../people/person-diff.js';
import { riskAssessmentKinds, type PlanContent, type SectionContent } from './plan-content.js';

export interface SectionDiff {
  sectionKey: string;
  change: 'added' | 'removed' | 'changed';
  /** Field-level changes; list entries (outcomes, steps, risk assessments …) are matched by their id. */
  changes: FieldChange[];
}

export interface PlanDiff {
  sections: SectionDiff[];
  involvement: FieldChange[];
}

export function diffPlans(before: PlanContent, after: PlanContent): PlanDiff {
  const beforeByKey = new Map(before.sections.map((s) => [s.sectionKey, s]));
  const afterByKey = new Map(after.sections.map((s) => [s.sectionKey, s]));
  const keys = [...new Set([...beforeByKey.keys(), ...afterByKey.keys()])];
  const sections: SectionDiff[] = [];
  for (const key of keys) {
    const a = beforeByKey.get(key);
    const b = afterByKey.get(key);
    if (!a && b) sections.push({ sectionKey: key, change: 'added', changes: diffRecords(null, flatten(b)) });
    else if (a && !b) sections.push({ sectionKey: key, change: 'removed', changes: diffRecords(flatten(a), {}) });
    else if (a && b) {
      const changes = diffRecords(flatten(a), flatten(b));
      if (changes.length > 0) sections.push({ sectionKey: key, change: 'changed', changes });
    }
  }
  return { sections, involvement: diffRecords({ involvement: before.involvement }, { involvement: after.involvement }) };
}

/** Lists keyed by item id, so a reordered or edited outcome shows as one change, not a shifted list. */
function flatten(section: SectionContent): Record<string, unknown> {
  const { sectionKey: _key, checklist, answers, outcomes, steps, risks, equipment, riskAssessments, ...rest } = section;
  const record: Record<string, unknown> = { ...rest };
  for (const c of checklist) record[`checklist.${c.checklistKey}.${c.itemKey}`] = { level: c.level, note: c.note };
  for (const a of answers) record[`answers.${a.promptKey}`] = a.text;
  for (const [name, list] of [['outcomes', outcomes], ['steps', steps], ['risks', risks], ['equipment', equipment]] as const) {
    for (const item of list) {
      const { id, ...fields } = item;
      record[`${name}.${id}`] = fields;
    }
  }
  // Assessments by kind and id: "riskAssessments.general.r1", "riskAssessments.must.m1", "riskAssessments.falls.f1".
  for (const kind of riskAssessmentKinds) {
    for (const item of riskAssessments[kind]) {
      const { id, ...fields } = item;
      record[`riskAssessments.${kind}.${id}`] = fields;
    }
  }
  return record;
}
