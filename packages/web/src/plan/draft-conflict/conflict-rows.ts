// A conflict in words: each change labelled as the plan comparison labels it (checklist item, prompt, outcome goal,
// who took part …) and each value as short lines of text.
import type { ConflictChange, EditConflict, SectionDefinition } from '@hearth/core';
import { describeChangeValue, notInVersion, PlanLabels } from '../../plan-views/plan-labels';

export interface ConflictRow {
  field: string;
  label: string;
  /** When you opened it. */
  base: string[];
  /** As the other person saved it. */
  theirs: string[];
  /** In your form. */
  yours: string[];
}

export interface ConflictRows {
  theirChanges: ConflictRow[];
  clashes: ConflictRow[];
  yourOtherChanges: ConflictRow[];
}

const nothing = 'Nothing written';

function conflictRows(
  conflict: EditConflict,
  label: (field: string, before: unknown, after: unknown) => string,
  describe: (field: string, value: unknown) => string[],
): ConflictRows {
  const lines = (field: string, value: unknown) => {
    const described = describe(field, value);
    return described.length === 1 && described[0] === notInVersion ? [nothing] : described;
  };
  const row = (c: ConflictChange, latest: unknown): ConflictRow => ({
    field: c.field,
    label: label(c.field, c.base, latest),
    base: lines(c.field, c.base),
    theirs: lines(c.field, c.theirs),
    yours: lines(c.field, c.yours),
  });
  return {
    theirChanges: conflict.theirChanges.map((c) => row(c, c.theirs)),
    clashes: conflict.clashes.map((c) => row(c, c.theirs)),
    yourOtherChanges: conflict.yourOtherChanges.map((c) => row(c, c.yours)),
  };
}

/** A section's changes, named from its definition. */
export function sectionConflictRows(definition: SectionDefinition, conflict: EditConflict): ConflictRows {
  const labels = new PlanLabels([definition]);
  return conflictRows(
    conflict,
    (field, before, after) => labels.changeLabel(definition.key, field, before, after),
    describeChangeValue,
  );
}

const draftFieldLabels: Record<string, string> = {
  involvement: 'Who took part',
  writtenInFirstPerson: 'Written in the first person',
  reason: 'Reason for the change',
};

/** Changes to the draft's own fields: who took part, whether it is in the first person, the reason for the change. */
export function draftFieldConflictRows(conflict: EditConflict): ConflictRows {
  return conflictRows(
    conflict,
    (field) => draftFieldLabels[field] ?? field,
    (field, value) => (typeof value === 'boolean' ? [value ? 'Yes' : 'No'] : describeChangeValue(field, value)),
  );
}
