// The plan sections page: the toolkit's sections with what the provider added, and, for the registered manager and
// the quality lead, forms to add checklist items, questions and whole sections. Each save is a new version.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SectionDefinition, SectionExtensionResponse, SectionExtensionVersions } from '@hearth/core';
import { mayAnywhere } from '../../access/permissions';
import { isApiError } from '../../api/client';
import { getEffectiveSections, getSectionExtension, listSectionExtensionVersions } from '../../api/section-definitions';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { PageHeading } from '../../components/PageHeading';
import { NotFoundContent } from '../../pages/NotFoundPage';
import { useMe } from '../../session/SessionContext';
import { AddItemForm } from './AddItemForm';
import { AddQuestionForm } from './AddQuestionForm';
import { AddSectionForm } from './AddSectionForm';
import { SectionsOverview } from './SectionsOverview';
import { useExtensionSave } from './useExtensionSave';
import { VersionsList } from './VersionsList';

type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; extension: SectionExtensionResponse; sections: SectionDefinition[]; versions: SectionExtensionVersions };

export function PlanSectionsPage() {
  const me = useMe();
  const mayRead = mayAnywhere(me, 'read', 'section_definitions');
  const mayChange = mayAnywhere(me, 'update', 'section_definitions');
  const [data, setData] = useState<Loaded>({ kind: 'loading' });
  const [done, setDone] = useState<{ message: string; n: number } | null>(null);
  const bannerRef = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    try {
      const [extension, sections, versions] = await Promise.all([
        getSectionExtension(),
        getEffectiveSections(),
        listSectionExtensionVersions(),
      ]);
      setData({ kind: 'ready', extension, sections, versions });
    } catch (error) {
      setData({
        kind: 'failed',
        message: isApiError(error) ? (error.problem.detail ?? error.problem.title) : 'Something went wrong.',
      });
    }
  }, []);

  const saver = useExtensionSave(
    async (_saved, message) => {
      await load();
      setDone((d) => ({ message, n: (d?.n ?? 0) + 1 }));
    },
    async () => {
      setDone(null);
      await load();
    },
  );

  useEffect(() => {
    if (mayRead) void load();
  }, [load, mayRead]);

  useEffect(() => {
    if (done !== null) bannerRef.current?.focus();
  }, [done]);

  if (!mayRead) return <NotFoundContent />;

  const showDone = done !== null && !saver.hasErrors;
  return (
    <>
      {showDone && (
        <div ref={bannerRef} tabIndex={-1}>
          <NotificationBanner variant="success">
            <p className="nhsuk-notification-banner__heading">{done.message}</p>
            <p className="nhsuk-body">Plans written from now on can use it.</p>
          </NotificationBanner>
        </div>
      )}
      {saver.summary}
      <PageHeading title="Plan sections" hasErrors={saver.hasErrors} skipFocus={saver.hasErrors || showDone} />
      <p className="nhsuk-body-l">
        The sections every care and support plan in your organisation follows. They start as the toolkit’s, and your organisation
        can add its own checklist items, questions and sections.
      </p>
      {data.kind === 'loading' && <Loading />}
      {data.kind === 'failed' && <p className="nhsuk-body">The plan sections could not be loaded: {data.message}</p>}
      {data.kind === 'ready' && (
        <>
          <SectionsOverview sections={data.sections} extension={data.extension.content} />
          {mayChange && (
            <>
              <AddItemForm sections={data.sections} extension={data.extension} saver={saver} />
              <AddQuestionForm sections={data.sections} extension={data.extension} saver={saver} />
              <AddSectionForm sections={data.sections} extension={data.extension} saver={saver} />
            </>
          )}
          <VersionsList versions={data.versions} />
        </>
      )}
    </>
  );
}
