// The audit templates: the built-in toolkit checklist and the provider's own, for managers and the quality lead to look after.
import { Link } from 'react-router-dom';
import { mayAnywhere } from '../access/permissions';
import { listAuditTemplates } from '../api/manual-audits';
import { BackLink, ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { formatDateTime } from '../format';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';

export const templatePath = (key: string) => `/plan-quality/audit-templates/${encodeURIComponent(key)}`;

export function TemplatesPage() {
  const me = useMe();
  const templates = useLoaded(() => listAuditTemplates(true), []);
  const mayEdit = mayAnywhere(me, 'update', 'audit_template');
  return (
    <>
      <BackLink to="/plan-quality">Back to plan quality</BackLink>
      <PageHeading title="Audit templates" />
      <p className="nhsuk-body">
        The questions an auditor answers when auditing a plan by hand. The toolkit checklist is built in; you can add
        templates of your own. Every change is kept as a new version, and completed audits keep the questions they answered.
      </p>
      {mayEdit && <ButtonLink to="/plan-quality/audit-templates/new">Create a template</ButtonLink>}
      {templates.kind === 'loading' && <Loading what="Loading the templates" />}
      {templates.kind === 'failed' && <p className="nhsuk-body">{templates.message}</p>}
      {templates.kind === 'ready' && (
        <ResponsiveTable caption="Audit templates" headings={['Template', 'Questions', 'Version', 'Status', 'Last changed']}>
          {templates.value.templates.map((t) => (
            <tr className="nhsuk-table__row" role="row" key={t.key}>
              <ResponsiveCell heading="Template">
                <Link to={templatePath(t.key)}>{t.title}</Link>
              </ResponsiveCell>
              <ResponsiveCell heading="Questions">{t.questionCount}</ResponsiveCell>
              <ResponsiveCell heading="Version">{t.version}</ResponsiveCell>
              <ResponsiveCell heading="Status">
                {t.builtIn ? (
                  <strong className="nhsuk-tag nhsuk-tag--blue">Built in</strong>
                ) : t.retired ? (
                  <strong className="nhsuk-tag nhsuk-tag--grey">Retired</strong>
                ) : (
                  <strong className="nhsuk-tag nhsuk-tag--green">In use</strong>
                )}
              </ResponsiveCell>
              <ResponsiveCell heading="Last changed">{t.createdAt ? `${formatDateTime(t.createdAt)} by ${t.createdBy?.name ?? ''}` : '—'}</ResponsiveCell>
            </tr>
          ))}
        </ResponsiveTable>
      )}
    </>
  );
}
