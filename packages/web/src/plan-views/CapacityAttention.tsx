// For the managers' dashboard: capacity assessments due to be done again, and deprivation of liberty authorisations
// expired, due for renewal or due a review, for the people the actor may see; each links to where it is done.
import type { CapacityAttentionRow } from '@hearth/core';
import { Link } from 'react-router-dom';
import { getCapacityAttention } from '../api/capacity-attention';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { displayName, formatDate } from '../format';
import { useLoaded } from './useLoaded';

type LibertyKind = CapacityAttentionRow['libertyAttention'][number]['attention'];

const libertyTags: Record<LibertyKind, { label: string; colour: string }> = {
  expired: { label: 'Expired', colour: 'nhsuk-tag--red' },
  renewal_due: { label: 'Renewal due', colour: 'nhsuk-tag--orange' },
  review_due: { label: 'Review due', colour: 'nhsuk-tag--yellow' },
};

const dateWords: Record<LibertyKind, string> = { expired: 'Expired', renewal_due: 'Expires', review_due: 'Review due' };

export function CapacityAttention() {
  const loaded = useLoaded(getCapacityAttention, []);
  // Someone who may not read capacity records has nothing to act on here.
  if (loaded.kind !== 'ready') return null;
  const reassessments = loaded.value.flatMap((row) => row.reassessmentsDue.map((due) => ({ row, due })));
  const liberty = loaded.value.flatMap((row) => row.libertyAttention.map((item) => ({ row, item })));
  return (
    <section aria-labelledby="capacity-attention">
      <h2 className="nhsuk-heading-m" id="capacity-attention">
        Capacity reassessments and liberty safeguards
      </h2>
      {reassessments.length === 0 && liberty.length === 0 && (
        <p className="nhsuk-body">
          No capacity assessment is due to be done again, and no deprivation of liberty authorisation needs action.
        </p>
      )}
      {reassessments.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">Capacity assessments due to be done again</h3>
          <ResponsiveTable
            caption="Capacity assessments due to be done again"
            headings={['Person', 'Decision', 'Assess again by']}
          >
            {reassessments
              .sort((a, b) => a.due.reassessOn.localeCompare(b.due.reassessOn))
              .map(({ row, due }) => (
                <tr className="nhsuk-table__row" role="row" key={due.assessmentId}>
                  <ResponsiveCell heading="Person">
                    <Link to={`/people/${row.personId}/capacity`}>
                      {displayName(row)}
                      <span className="nhsuk-u-visually-hidden">: mental capacity</span>
                    </Link>
                  </ResponsiveCell>
                  <ResponsiveCell heading="Decision">{due.decision}</ResponsiveCell>
                  <ResponsiveCell heading="Assess again by">
                    {formatDate(due.reassessOn)}{' '}
                    <strong className={`nhsuk-tag ${due.overdue ? 'nhsuk-tag--red' : 'nhsuk-tag--yellow'}`}>
                      {due.overdue ? 'Overdue' : 'Due today'}
                    </strong>
                  </ResponsiveCell>
                </tr>
              ))}
          </ResponsiveTable>
        </>
      )}
      {liberty.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">Deprivation of liberty needing action</h3>
          <ResponsiveTable
            caption="Deprivation of liberty authorisations needing action"
            headings={['Person', 'What needs doing', 'Date']}
          >
            {liberty.map(({ row, item }) => {
              const date = item.attention === 'review_due' ? item.reviewOn : item.expiresOn;
              return (
                <tr className="nhsuk-table__row" role="row" key={`${item.recordId}/${item.attention}`}>
                  <ResponsiveCell heading="Person">
                    <Link to={`/people/${row.personId}/capacity-records`}>
                      {displayName(row)}
                      <span className="nhsuk-u-visually-hidden">: capacity and consent records</span>
                    </Link>
                  </ResponsiveCell>
                  <ResponsiveCell heading="What needs doing">
                    <strong className={`nhsuk-tag ${libertyTags[item.attention].colour}`}>
                      {libertyTags[item.attention].label}
                    </strong>{' '}
                    {item.label}
                  </ResponsiveCell>
                  <ResponsiveCell heading="Date">
                    {date ? `${dateWords[item.attention]} ${formatDate(date)}` : 'Now'}
                  </ResponsiveCell>
                </tr>
              );
            })}
          </ResponsiveTable>
        </>
      )}
    </section>
  );
}
