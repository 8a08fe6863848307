// Where a service is now, from one audit: the overall level and score, each section's answers, as a table.
import { behaviourSupportAuditLevelLabels, type BehaviourSupportAuditStanding } from '@hearth/core';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';

const levelColours = {
  established: 'nhsuk-tag--green',
  developing: 'nhsuk-tag--yellow',
  getting_started: 'nhsuk-tag--orange',
} as const;

export function AuditLevelTag({ standing }: { standing: Pick<BehaviourSupportAuditStanding, 'level'> }) {
  return (
    <strong className={`nhsuk-tag ${levelColours[standing.level]}`}>{behaviourSupportAuditLevelLabels[standing.level]}</strong>
  );
}

export function AuditStandingSummary({ standing }: { standing: BehaviourSupportAuditStanding }) {
  return (
    <>
      <p className="nhsuk-body">
        <AuditLevelTag standing={standing} /> Score {standing.score} out of 100: {standing.yes} yes, {standing.partly} partly,{' '}
        {standing.no} no, with {standing.actions} {standing.actions === 1 ? 'action' : 'actions'}.
      </p>
      <ResponsiveTable caption="Answers by section" headings={['Section', 'Yes', 'Partly', 'No', 'Score']}>
        {standing.sections.map((s) => (
          <tr className="nhsuk-table__row" role="row" key={s.key}>
            <ResponsiveCell heading="Section">{s.title}</ResponsiveCell>
            <ResponsiveCell heading="Yes">{s.yes}</ResponsiveCell>
            <ResponsiveCell heading="Partly">{s.partly}</ResponsiveCell>
            <ResponsiveCell heading="No">{s.no}</ResponsiveCell>
            <ResponsiveCell heading="Score">{s.score}</ResponsiveCell>
          </tr>
        ))}
      </ResponsiveTable>
    </>
  );
}
