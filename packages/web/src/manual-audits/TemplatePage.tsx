// One audit template: its questions at the latest version, its versions, and (for managers) changing or retiring it.
import type { AuditTemplate } from '@hearth/core';
import { useState, type SyntheticEvent } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { mayAnywhere } from '../access/permissions';
import { addAuditTemplateVersion, getAuditTemplate } from '../api/manual-audits';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { BackLink, ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { useFormErrors } from '../forms/useFormErrors';
import { formatDateTime } from '../format';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { templatePath } from './TemplatesPage';

export function TemplatePage() {
  const { key = '' } = useParams();
  const location = useLocation();
  const [reloads, setReloads] = useState(0);
  const template = useLoaded(() => getAuditTemplate(key), [key, reloads]);
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  return (
    <>
      <BackLink to="/plan-quality/audit-templates">All audit templates</BackLink>
      {saved && reloads === 0 && (
        <NotificationBanner variant="success" title="Template saved">
          <p className="nhsuk-notification-banner__heading">The template has been saved.</p>
        </NotificationBanner>
      )}
      {template.kind === 'loading' && <Loading what="Loading the template" />}
      {template.kind === 'failed' && (
        <>
          <PageHeading title="Audit template" />
          <p className="nhsuk-body">{template.message}</p>
        </>
      )}
      {template.kind === 'ready' && <TemplateDetail template={template.value} onChanged={() => { setReloads((n) => n + 1); }} />}
    </>
  );
}

function TemplateDetail({ template, onChanged }: { template: AuditTemplate; onChanged: () => void }) {
  const me = useMe();
  const mayEdit = mayAnywhere(me, 'update', 'audit_template') && !template.builtIn;
  return (
    <>
      <PageHeading title={template.title} caption={template.builtIn ? 'Built-in template' : `Version ${template.version}${template.retired ? ', retired' : ''}`} />
      {template.description && <p className="nhsuk-body">{template.description}</p>}
      {mayEdit && !template.retired && <ButtonLink to={`${templatePath(template.key)}/edit`}>Change the questions</ButtonLink>}
      <h2 className="nhsuk-heading-m">Questions</h2>
      <ol className="nhsuk-list nhsuk-list--number">
        {template.questions.map((q) => (
          <li key={q.id}>
            {q.text}
            {q.cqcStatement && <span className="nhsuk-body-s nhsuk-u-secondary-text-colour"> (CQC: {q.cqcStatement})</span>}
          </li>
        ))}
      </ol>
      {template.versions.length > 0 && (
        <>
          <h2 className="nhsuk-heading-m">Versions</h2>
          <ResponsiveTable caption="Versions of this template, newest first" headings={['Version', 'Saved', 'Questions', 'Reason']}>
            {template.versions.map((v) => (
              <tr className="nhsuk-table__row" role="row" key={v.version}>
                <ResponsiveCell heading="Version">{v.version}{v.retired ? ' (retired)' : ''}</ResponsiveCell>
                <ResponsiveCell heading="Saved">{formatDateTime(v.createdAt)} by {v.createdBy.name}</ResponsiveCell>
                <ResponsiveCell heading="Questions">{v.questionCount}</ResponsiveCell>
                <ResponsiveCell heading="Reason">{v.reason ?? ''}</ResponsiveCell>
              </tr>
            ))}
          </ResponsiveTable>
        </>
      )}
      {mayEdit && <RetireForm template={template} onChanged={onChanged} />}
    </>
  );
}

/** Retiring (or bringing back) is a new version with the same questions and a reason. */
function RetireForm({ template, onChanged }: { template: AuditTemplate; onChanged: () => void }) {
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const form = useFormErrors();
  const retiring = !template.retired;

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    form.setProblem(undefined);
    if (!reason.trim()) {
      form.setErrors([{ field: 'reason', message: retiring ? 'Say why the template is being retired' : 'Say why the template is needed again' }]);
      return;
    }
    form.setErrors([]);
    setSaving(true);
    try {
      await addAuditTemplateVersion(template.key, {
        latestVersion: template.version, title: template.title, description: template.description, questions: template.questions,
        reason, retired: retiring, removedQuestionIds: [],
      });
      setReason('');
      onChanged();
    } catch (error) {
      form.showRefusal(error);
    }
    setSaving(false);
  };

  return (
    <section aria-labelledby="retire-heading">
      <h2 className="nhsuk-heading-m" id="retire-heading">{retiring ? 'Retire this template' : 'Bring this template back'}</h2>
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} headingId="retire-error-summary" />
      <p className="nhsuk-body">
        {retiring
          ? 'A retired template is no longer offered for new audits. Audits already completed with it keep their questions and stay readable.'
          : 'The template will be offered for new audits again.'}
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Textarea name="reason" label="Reason" value={reason} onChange={setReason} error={form.errorFor('reason')} rows={2} />
        <button className={`nhsuk-button${retiring ? ' nhsuk-button--warning' : ' nhsuk-button--secondary'}`} type="submit" disabled={saving}>
          {retiring ? 'Retire the template' : 'Bring the template back'}
        </button>
      </form>
    </section>
  );
}
