// The notes beside one field of the section editor, like a spell-checker's: each subscribes to its own field's
// findings, so typing elsewhere does not render it again.
import { memo } from 'react';
import { adviceId } from '../../components/fields';
import { fieldId } from '../../forms/field-ids';
import { useFieldFindings } from './findings-store';
import { findingKey } from './section-findings';
import { FindingNote } from './FindingNote';

/**
 * Always rendered, even when empty, so the field's aria-describedby always names an element. A screen reader reads
 * the notes when the field is focused; they are not announced while typing (the panel's live region gives counts).
 */
export const FieldFindings = memo(function FieldFindings({ name }: { name: string }) {
  const findings = useFieldFindings(name);
  return (
    <div id={adviceId(fieldId(name))} className="hearth-field-findings">
      {findings.map((finding) => (
        <FindingNote key={findingKey(finding)} finding={finding} />
      ))}
    </div>
  );
});

/** The `advice` a field is given in the section editor. */
export function fieldFindings(name: string) {
  return <FieldFindings name={name} />;
}
