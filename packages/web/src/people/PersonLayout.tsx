// Every page about one person: loads the record once and keeps the allergies and alerts banner, and any ReSPECT /
// DNACPR decision, at the top.
import { useCallback, useEffect, useState } from 'react';
import { Outlet, useLocation, useOutletContext, useParams } from 'react-router-dom';
import type { Person } from '@hearth/core';
import { getPerson } from '../api/people';
import { isApiError } from '../api/client';
import { AlertBanner } from '../components/AlertBanner';
import { CommunicationFlag } from '../communication-needs/CommunicationFlag';
import { ResuscitationBanner } from '../capacity-records/ResuscitationBanner';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { NotFoundContent } from '../pages/NotFoundPage';

export interface PersonContext {
  person: Person;
  /** Fetches the record again, for example after someone else changed it. */
  reload: () => Promise<Person | null>;
  setPerson: (person: Person) => void;
}

type Load = { kind: 'loading' } | { kind: 'ready'; person: Person } | { kind: 'not_found' } | { kind: 'failed'; message: string };

export function PersonLayout() {
  const { id = '' } = useParams();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const { pathname } = useLocation();
  // The record's own page goes back to the list; every page under it (edit, history, plan …) goes back to the record.
  const isRecordPage = /^\/people\/[^/]+\/?$/.test(pathname);

  const reload = useCallback(async (): Promise<Person | null> => {
    try {
      const person = await getPerson(id);
      setLoad({ kind: 'ready', person });
      return person;
    } catch (error) {
      if (isApiError(error, 'not_found') || isApiError(error, 'validation') || isApiError(error, 'forbidden'))
        setLoad({ kind: 'not_found' });
      else setLoad({ kind: 'failed', message: isApiError(error) ? error.problem.title : 'Something went wrong.' });
      return null;
    }
  }, [id]);

  useEffect(() => {
    setLoad({ kind: 'loading' });
    void reload();
  }, [reload]);

  const setPerson = useCallback((person: Person) => {
    setLoad({ kind: 'ready', person });
  }, []);

  switch (load.kind) {
    case 'loading':
      return <Loading what="Loading the record" />;
    case 'not_found':
      return <NotFoundContent />;
    case 'failed':
      return (
        <>
          <PageHeading title="Sorry, there is a problem with the service" />
          <p className="nhsuk-body">{load.message} Try again later.</p>
        </>
      );
    case 'ready':
      return (
        <>
          {isRecordPage ? (
            <BackLink to="/people">Back to people</BackLink>
          ) : (
            <BackLink to={`/people/${load.person.id}`}>Back to the record</BackLink>
          )}
          <AlertBanner alerts={load.person.alerts} />
          <ResuscitationBanner personId={load.person.id} summary={load.person.resuscitation} />
          <CommunicationFlag personId={load.person.id} flag={load.person.communicationFlag} />
          <Outlet context={{ person: load.person, reload, setPerson } satisfies PersonContext} />
        </>
      );
  }
}

export function usePerson(): PersonContext {
  return useOutletContext<PersonContext>();
}
