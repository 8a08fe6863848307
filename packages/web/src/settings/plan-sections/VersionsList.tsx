// Every saved version of the provider's additions: when, by whom, why and how much had been added by then.
import type { SectionExtensionVersions } from '@hearth/core';
import { ResponsiveCell, ResponsiveTable } from '../../components/ResponsiveTable';
import { formatDateTime } from '../../format';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function VersionsList({ versions }: { versions: SectionExtensionVersions }) {
  const headings = ['Version', 'Saved', 'By', 'Reason', 'Added in total'];
  return (
    <>
      <h2 className="nhsuk-heading-m">Changes</h2>
      {versions.length === 0 ? (
        <p className="nhsuk-body">Your organisation has not added anything to the toolkit’s sections yet.</p>
      ) : (
        <ResponsiveTable caption="Changes to the plan sections" headings={headings}>
          {versions.map((v) => (
            <tr className="nhsuk-table__row" role="row" key={v.version}>
              <ResponsiveCell heading="Version">{v.version}</ResponsiveCell>
              <ResponsiveCell heading="Saved">{formatDateTime(v.createdAt)}</ResponsiveCell>
              <ResponsiveCell heading="By">{v.createdBy.name}</ResponsiveCell>
              <ResponsiveCell heading="Reason">{v.reason ?? ''}</ResponsiveCell>
              <ResponsiveCell heading="Added in total">
                {[
                  count(v.added.sections, 'section', 'sections'),
                  count(v.added.checklists, 'checklist', 'checklists'),
                  count(v.added.items, 'item', 'items'),
                  count(v.added.prompts, 'question', 'questions'),
                ].join(', ')}
              </ResponsiveCell>
            </tr>
          ))}
        </ResponsiveTable>
      )}
    </>
  );
}
