// A person's record: their details, contacts, GP, how to get in, and links to edit and to the history.
import { personStatusLabels, serviceKindLabels, type Person, type Service } from '@hearth/core';
import { useEffect, useState } from 'react';
import { listServices } from '../api/staff';
import { mayInService } from '../access/permissions';
import { ButtonLink } from '../components/links';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { PersonStatusTag } from '../components/tags';
import { SummaryList, type SummaryRow } from '../components/SummaryList';
import { formatDate, formatNhs } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useMe } from '../session/SessionContext';
import { Link, useLocation } from 'react-router-dom';
import { VisitLinks } from '../visit-records/VisitLinks';
import { InformationChoicesPanel } from '../information-choices/InformationChoicesPanel';
import { SharingPanel } from '../sharing/SharingPanel';
import { CapacityPanel } from '../capacity/CapacityPanel';
import { BehaviourSupportPanel } from '../behaviour-support/BehaviourSupportPanel';
import { SubjectAccessExport } from '../subject-access/SubjectAccessExport';
import { SavedOnPhoneBanner, WaitingToSend } from '../offline/WaitingToSend';

export interface PersonPageState {
  saved?: 'created' | 'updated';
}

export function PersonPage() {
  const { person } = usePerson();
  const me = useMe();
  const location = useLocation();
  const saved = (location.state as PersonPageState | null)?.saved;
  const [services, setServices] = useState<Service[]>([]);
  useEffect(() => {
    listServices()
      .then(setServices)
      .catch(() => {
        setServices([]);
      });
  }, []);
  const service = services.find((s) => s.id === person.serviceId);
  const mayEdit = !person.isReadOnly && mayInService(me, 'update', 'person', person.serviceId);
  const mayReadHistory = mayInService(me, 'read', 'person_history', person.serviceId);
  const mayReadPlan = mayInService(me, 'read', 'care_plan', person.serviceId);

  return (
    <>
      {saved && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">
            {saved === 'created' ? `${person.legalName} has been added` : 'Your changes have been saved'}
          </p>
        </NotificationBanner>
      )}
      <SavedOnPhoneBanner />
      <PageHeading title={person.legalName} caption="Person">
        {person.legalName}
        {person.preferredName && person.preferredName !== person.legalName && (
          <span className="hearth-preferred-name"> (known as {person.preferredName})</span>
        )}
      </PageHeading>
      {person.isReadOnly && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            This record is closed ({personStatusLabels[person.status].toLowerCase()}
            {person.statusDate ? ` on ${formatDate(person.statusDate)}` : ''}). It is kept, and can be read but not changed.
          </p>
        </div>
      )}
      {mayReadPlan && <ButtonLink to={`/people/${person.id}/now`}>What to do now</ButtonLink>}
      {mayReadPlan && (
        <p className="nhsuk-body">
          <Link className="nhsuk-link" to={`/people/${person.id}/plan`}>
            Care and support plan
          </Link>
        </p>
      )}
      <VisitLinks person={person} />
      <WaitingToSend personId={person.id} />
      {(mayEdit || mayReadHistory) && (
        <div className="nhsuk-button-group">
          {mayEdit && <ButtonLink to={`/people/${person.id}/edit`}>Edit details</ButtonLink>}
          {mayReadHistory && (
            <Link className="nhsuk-link" to={`/people/${person.id}/history`}>
              History of changes
            </Link>
          )}
        </div>
      )}

      <h2 className="nhsuk-heading-m">Personal details</h2>
      <SummaryList rows={personalRows(person)} />

      <h2 className="nhsuk-heading-m">Support</h2>
      <SummaryList
        rows={[
          { key: 'Service', value: service ? `${service.name} (${serviceKindLabels[service.kind]})` : 'Not known' },
          { key: 'Status', value: <PersonStatusTag status={person.status} /> },
          ...(person.statusDate ? [{ key: 'Date the status changed', value: formatDate(person.statusDate) }] : []),
          { key: 'Date support started', value: formatDate(person.serviceStartDate) || 'Not recorded' },
          ...(person.emergencyStart ? [{ key: 'Emergency start', value: 'Support started before a plan could be written' }] : []),
        ]}
      />

      {person.accessDetails && (
        <>
          <h2 className="nhsuk-heading-m">Getting into the home</h2>
          <SummaryList
            rows={[
              { key: 'How to get in', value: person.accessDetails.howToGetIn ?? 'Not recorded', preWrap: true },
              { key: 'Key safe code', value: person.accessDetails.keySafeCode ?? 'Not recorded' },
            ]}
          />
        </>
      )}

      <h2 className="nhsuk-heading-m">Contacts</h2>
      {person.contacts.length === 0 ? (
        <p className="nhsuk-body">No contacts recorded.</p>
      ) : (
        person.contacts.map((contact, index) => (
          <div key={index}>
            <h3 className="nhsuk-heading-s">
              {contact.name}
              {contact.isNextOfKin && <strong className="nhsuk-tag nhsuk-tag--blue hearth-tag-inline">Next of kin</strong>}
            </h3>
            <SummaryList
              rows={[
                { key: 'Relationship', value: contact.relationship },
                { key: 'Phone number', value: contact.phone ?? 'Not recorded' },
                { key: 'Email address', value: contact.email ?? 'Not recorded' },
              ]}
            />
          </div>
        ))
      )}

      <h2 className="nhsuk-heading-m">GP</h2>
      {person.gp ? (
        <SummaryList
          rows={[
            { key: 'Practice', value: person.gp.practice },
            { key: 'GP name', value: person.gp.name ?? 'Not recorded' },
            { key: 'Phone number', value: person.gp.phone ?? 'Not recorded' },
          ]}
        />
      ) : (
        <p className="nhsuk-body">No GP recorded.</p>
      )}

      <InformationChoicesPanel person={person} />
      <SharingPanel person={person} />
      <CapacityPanel person={person} />
      <BehaviourSupportPanel person={person} />
      <SubjectAccessExport person={person} />
    </>
  );
}

function personalRows(person: Person): SummaryRow[] {
  const address = [person.address.line1, person.address.line2, person.address.town, person.address.postcode].filter(
    (line): line is string => Boolean(line),
  );
  return [
    { key: 'Legal name', value: person.legalName },
    { key: 'Preferred name', value: person.preferredName ?? 'Not recorded' },
    { key: 'Pronouns', value: person.pronouns ?? 'Not recorded' },
    { key: 'Date of birth', value: formatDate(person.dateOfBirth) },
    { key: 'NHS number', value: person.nhsNumber ? formatNhs(person.nhsNumber) : 'Not recorded' },
    {
      key: 'Address',
      value: (
        <>
          {address.map((line, i) => (
            <span key={i}>
              {line}
              {i < address.length - 1 && <br />}
            </span>
          ))}
        </>
      ),
    },
  ];
}
