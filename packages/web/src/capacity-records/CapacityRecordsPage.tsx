// Legal authority, consent and advance care plan: the record of each kind in force with its key facts, what needs
// doing (a renewal, a review, an advance care plan to offer), and every replaced record kept readable.
import {
  acpTriggerLabels,
  consentScopeKey,
  singleCurrentKinds,
  type CapacityRecordKind,
  type CapacityRecordsResponse,
  type CapacityRecordView,
} from '@hearth/core';
import { Link, useLocation } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { getSectionDefinitions } from '../api/plan-views';
import { capacityPath } from '../capacity/capacity-paths';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { londonToday } from '../sharing/sharing-form';
import { EarlierRecords, RecordCard } from './RecordCard';
import { pageOrder, recordFormPath, recordKinds } from './record-kinds';
import { summarise, type SummaryContext } from './record-summaries';
import { getCapacityRecords, recordsOf } from './records-api';
import './capacity-records.css';

export interface CapacityRecordsPageState {
  saved?: CapacityRecordKind;
}

export function CapacityRecordsPage() {
  const { person } = usePerson();
  const me = useMe();
  const saved = (useLocation().state as CapacityRecordsPageState | null)?.saved;
  const records = useLoaded(() => getCapacityRecords(person.id), [person.id]);
  const sections = useLoaded(getSectionDefinitions, []);
  const name = person.preferredName ?? person.legalName;
  const mayAdd = !person.isReadOnly && mayInService(me, 'create', 'capacity_record', person.serviceId);
  const title = 'Legal authority, consent and advance care plan';

  return (
    <>
      {saved && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">{recordKinds[saved].saved}</p>
        </NotificationBanner>
      )}
      <PageHeading title={title} caption={person.legalName} />
      <p className="nhsuk-body">
        Who may decide for {name}, what {name} has decided in advance, and what they have consented to. A record is never changed:
        a new one replaces it, and the earlier one stays readable.
      </p>
      <p className="nhsuk-body">
        <Link className="nhsuk-link" to={capacityPath(person.id)}>
          Mental capacity assessments and best-interests decisions
        </Link>
      </p>
      {records.kind === 'loading' && <Loading what="Loading the records" />}
      {records.kind === 'failed' && <p className="nhsuk-body">{records.message}</p>}
      {records.kind === 'ready' && (
        <Records
          personId={person.id}
          name={name}
          response={records.value}
          mayAdd={mayAdd}
          context={{
            today: londonToday(),
            sectionTitles: new Map(sections.kind === 'ready' ? sections.value.map((s) => [s.key, s.title]) : []),
            libertyAttention: new Map(records.value.libertyAttention.map((a) => [a.recordId, a.label])),
          }}
        />
      )}
    </>
  );
}

interface RecordsProps {
  personId: string;
  name: string;
  response: CapacityRecordsResponse;
  mayAdd: boolean;
  context: SummaryContext;
}

function Records({ personId, name, response, mayAdd, context }: RecordsProps) {
  const prompt = response.acpPrompt;
  return (
    <>
      {prompt.shouldOffer && (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>Offer {name} an advance care plan
            </span>
          </h2>
          <p>
            {prompt.triggers.map((t) => acpTriggerLabels[t]).join('. ')}. Talk with {name} about what matters to them and their
            wishes for the future, while they can take part.
          </p>
          {mayAdd && (
            <p>
              <Link className="nhsuk-link" to={recordFormPath(personId, 'advance_care_plan')}>
                {recordKinds.advance_care_plan.add}
              </Link>
            </p>
          )}
        </div>
      )}
      {pageOrder.map((kind) => (
        <KindSection
          key={kind}
          kind={kind}
          personId={personId}
          records={recordsOf(response, kind)}
          mayAdd={mayAdd}
          context={context}
        />
      ))}
    </>
  );
}

/**
 * What is shown as in force: every current record, except that for consent only the newest for each activity or
 * section counts (as core's consentState reads it); the rest are kept under "earlier".
 */
function splitRecords(
  kind: CapacityRecordKind,
  records: CapacityRecordView[],
): { shown: CapacityRecordView[]; earlier: CapacityRecordView[] } {
  const current = records.filter((r) => r.current);
  if (kind !== 'consent') return { shown: current, earlier: records.filter((r) => !r.current) };
  const seen = new Set<string>();
  const shown = current.filter((r) => {
    if (r.kind !== 'consent') return false;
    const key = consentScopeKey(r.body.scope);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { shown, earlier: records.filter((r) => !shown.includes(r)) };
}

interface KindSectionProps {
  kind: CapacityRecordKind;
  personId: string;
  records: CapacityRecordView[];
  mayAdd: boolean;
  context: SummaryContext;
}

function KindSection({ kind, personId, records, mayAdd, context }: KindSectionProps) {
  const meta = recordKinds[kind];
  const { shown, earlier } = splitRecords(kind, records);
  // Where only one record can be in force, a new one replaces it: the card's link does that.
  const offerAdd = mayAdd && !(singleCurrentKinds.includes(kind) && shown.length > 0);
  const headingId = `records-${meta.slug}-heading`;
  return (
    <section className="hearth-section" aria-labelledby={headingId}>
      <h2 className="nhsuk-heading-m" id={headingId}>
        {meta.heading}
      </h2>
      {shown.length === 0 && <p className="nhsuk-body">{meta.none}</p>}
      {shown.map((record) => (
        <RecordCard
          key={record.id}
          record={record}
          summary={summarise(record, context)}
          replaceTo={mayAdd ? recordFormPath(personId, kind, record.id) : undefined}
        />
      ))}
      <EarlierRecords what={meta.heading} records={earlier.map((record) => ({ record, summary: summarise(record, context) }))} />
      {offerAdd && (
        <p className="nhsuk-body">
          <Link className="nhsuk-link" to={recordFormPath(personId, kind)}>
            {meta.add}
          </Link>
        </p>
      )}
    </section>
  );
}
