// The flags for restrictive-practice training, as a warning callout: who is flagged for whom, why, and what to do.
import type { TrainingFlag } from '@hearth/core';
import { Link } from 'react-router-dom';
import { behaviourSupportPaths } from '../behaviour-support/paths';
import { assignmentText, practiceList, standingText, uncertifiedNote } from './flag-text';
import { trainingPaths } from './training-paths';

interface Props {
  flags: readonly TrainingFlag[];
  /** The heading's id and level: each page has its own outline. */
  headingId: string;
  headingLevel?: 'h2' | 'h3';
  /** Leave out the staff member's name where the page is about them. */
  aboutOneStaffMember?: boolean;
  /** Leave out the link to the person's page where the page is about them. */
  aboutOnePerson?: boolean;
}

export function TrainingFlagList({
  flags,
  headingId,
  headingLevel = 'h2',
  aboutOneStaffMember = false,
  aboutOnePerson = false,
}: Props) {
  if (flags.length === 0) return null;
  const Heading = headingLevel;
  const flagged = flags.filter((f) => f.severity === 'flag').length;
  const warned = flags.length - flagged;
  return (
    <section className="nhsuk-warning-callout" aria-labelledby={headingId}>
      <Heading className="nhsuk-warning-callout__label" id={headingId}>
        Restrictive-practice training
      </Heading>
      <p>
        {[flagged > 0 ? `${flagged} flagged` : null, warned > 0 ? `${warned} expiring within 60 days` : null]
          .filter(Boolean)
          .join(', ')}
        . Staff who support someone whose behaviour support plan allows a restrictive practice need current training certified
        against the Restraint Reduction Network standards.
      </p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {flags.map((f) => (
          <li key={`${f.staffId}:${f.personId}`}>
            <strong>{f.severity === 'flag' ? 'Flagged: ' : 'Expiring soon: '}</strong>
            {aboutOneStaffMember ? (
              'Supports '
            ) : (
              <>
                <Link className="nhsuk-link" to={trainingPaths.staff(f.staffId)}>
                  {f.staffName}
                </Link>{' '}
                supports{' '}
              </>
            )}
            {aboutOnePerson ? (
              f.personName
            ) : (
              <Link className="nhsuk-link" to={behaviourSupportPaths.hub(f.personId)}>
                {f.personName}
              </Link>
            )}{' '}
            ({assignmentText(f)}), whose behaviour support plan allows {practiceList(f.restrictivePractices)}. {standingText(f)}
            {f.hasUncertifiedCourse && <> {uncertifiedNote}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
