// The short capacity and consent lines under each plan section heading. Core decides what they say
// (sectionCapacityConsent); this only words and links them. Both records are loaded once for the whole page, and a
// reader who may not read them sees no lines at all rather than an error.
import {
  sectionCapacityConsent,
  type SectionCapacity,
  type SectionCapacityConsentInput,
  type SectionConsent,
} from '@hearth/core';
import { Link } from 'react-router-dom';
import { getCapacity } from '../api/capacity';
import { getCapacityRecords } from '../capacity-records/records-api';
import { formatDate } from '../format';
import { useLoaded } from '../plan-views/useLoaded';

/** The assessments, best-interests decisions and consent records, or null while loading or when not allowed. */
export function useCapacityConsentInput(personId: string, mayRead: boolean): SectionCapacityConsentInput | null {
  const loaded = useLoaded(async (): Promise<SectionCapacityConsentInput | null> => {
    if (!mayRead) return null;
    const [capacity, records] = await Promise.all([getCapacity(personId), getCapacityRecords(personId)]);
    return {
      assessments: capacity.assessments,
      bestInterestsDecisions: capacity.bestInterestsDecisions,
      consents: records.consents,
    };
  }, [personId, mayRead]);
  return loaded.kind === 'ready' ? loaded.value : null;
}

export function SectionCapacityConsent({
  personId,
  personName,
  sectionKey,
  input,
}: {
  personId: string;
  /** What the person is called, for "given by Peggy". */
  personName: string;
  sectionKey: string;
  input: SectionCapacityConsentInput;
}) {
  const { capacity, consent } = sectionCapacityConsent(sectionKey, input);
  return (
    <div className="hearth-section-capacity-consent" data-testid={`capacity-consent-${sectionKey}`}>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
        <CapacityLine personId={personId} capacity={capacity} />
      </p>
      <p className="nhsuk-body-s">
        <ConsentLine personId={personId} personName={personName} consent={consent} />
      </p>
    </div>
  );
}

function CapacityLine({ personId, capacity }: { personId: string; capacity: SectionCapacity }) {
  if (capacity.kind === 'assumed') return <>Capacity: assumed (no assessment about this section)</>;
  return (
    <>
      Capacity:{' '}
      {capacity.findings.map((finding, i) => (
        <span key={finding.assessmentId}>
          {i > 0 && '; '}
          {finding.outcome === 'lacks_capacity' ? 'lacks' : 'has'} capacity to decide{' '}
          <Link to={`/people/${personId}/capacity`}>{`\u201c${finding.decision}\u201d`}</Link> (assessed{' '}
          {formatDate(finding.assessedOn)})
          {finding.outcome === 'lacks_capacity' &&
            (finding.bestInterestsRecorded
              ? ' \u2014 best-interests decision recorded'
              : ' \u2014 no best-interests decision recorded yet')}
        </span>
      ))}
    </>
  );
}

function ConsentLine({ personId, personName, consent }: { personId: string; personName: string; consent: SectionConsent }) {
  const recordsPath = `/people/${personId}/capacity-records`;
  switch (consent.kind) {
    case 'not_recorded':
      return <>Consent: not recorded</>;
    case 'given':
      return (
        <>
          Consent:{' '}
          <Link to={recordsPath}>
            given by {consent.by === 'person' ? personName : 'their attorney or deputy'} on {formatDate(consent.decidedOn)}
          </Link>
          {consent.how && ` (${consent.how})`}
        </>
      );
    case 'refused':
      // Refusing is the person's choice: plain words, no warning colour, and a way to what happens instead.
      return (
        <>
          Consent: refused{consent.by === 'attorney_or_deputy' && ' by their attorney or deputy'} on{' '}
          {formatDate(consent.decidedOn)} {'\u2014'}{' '}
          <Link to={recordsPath}>
            {consent.afterRefusalRecorded ? 'see what was agreed instead' : 'see what was said'}
          </Link>
        </>
      );
    case 'best_interests':
      return (
        <>
          Consent: through <Link to={recordsPath}>a best-interests decision</Link> ({formatDate(consent.decidedOn)})
        </>
      );
  }
}
