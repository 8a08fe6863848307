// The access grants given for a request: who, whose record, which parts, until when, whether the officer has signed
// up, and the state (active, ended, revoked). An active grant can be revoked at once, with the reason.
import { accessGrantStateLabels, recordPartLabels, revokeAccessGrantBodySchema, type AccessGrant } from '@hearth/core';
import { useState, type SyntheticEvent } from 'react';
import { revokeAccessGrant } from '../api/data-requests';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { formatDateTime } from '../format';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';

const stateTag = { active: 'nhsuk-tag--green', expired: 'nhsuk-tag--grey', revoked: 'nhsuk-tag--red' } as const;

function RevokeGrant({ grant, onRevoked }: { grant: AccessGrant; onRevoked: (g: AccessGrant) => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const form = useFormErrors();
  const name = `revoke-${grant.id}.reason`;

  if (!open) {
    return (
      <button className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-2" type="button" onClick={() => { setOpen(true); }}>
        Revoke access<span className="nhsuk-u-visually-hidden"> for {grant.officerName}</span>
      </button>
    );
  }
  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    form.setProblem(undefined);
    const parsed = revokeAccessGrantBodySchema.safeParse({ reason });
    if (!parsed.success) {
      form.setErrors(fieldErrorsFromIssues(parsed.error.issues).map((e) => ({ ...e, field: name })));
      return;
    }
    form.setErrors([]);
    setSaving(true);
    try {
      onRevoked(await revokeAccessGrant(grant.requestId, grant.id, parsed.data));
    } catch (error) {
      form.showRefusal(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={`Revoke access for ${grant.officerName}`}>
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} headingId={`revoke-${grant.id}-errors`} />
      <Textarea name={name} label="Why the access is ended" hint="They lose access at once." rows={2} value={reason} onChange={setReason} error={form.errorFor(name)} />
      <div className="nhsuk-button-group">
        <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={saving}>{saving ? 'Revoking…' : 'Revoke access now'}</button>
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => { setOpen(false); form.setErrors([]); }}>Cancel</button>
      </div>
    </form>
  );
}

export function AccessGrantList({ grants, mayRevoke, onRevoked }: { grants: AccessGrant[]; mayRevoke: boolean; onRevoked: (g: AccessGrant) => void }) {
  return (
    <section aria-labelledby="access-grants-heading">
      <h2 className="nhsuk-heading-m" id="access-grants-heading">Access grants</h2>
      <ul className="nhsuk-list hearth-request-history">
        {grants.map((g) => (
          <li key={g.id}>
            <p className="nhsuk-body nhsuk-u-margin-bottom-1">
              <strong className={`nhsuk-tag ${stateTag[g.state]}`}>{accessGrantStateLabels[g.state]}</strong>{' '}
              <strong>{g.officerName}</strong> ({g.officerEmail})
            </p>
            <p className="nhsuk-body nhsuk-u-margin-bottom-1">
              Read-only, for {g.people.map((p) => p.legalName).join(', ')}: {g.parts.map((p) => recordPartLabels[p]).join('; ')}.
            </p>
            <p className="nhsuk-body nhsuk-u-margin-bottom-1">
              Given {formatDateTime(g.createdAt)} by {g.createdBy.name}; {g.state === 'expired' ? 'ended' : 'until'} {formatDateTime(g.expiresAt)}.{' '}
              {g.acceptedAt ? `The officer signed up ${formatDateTime(g.acceptedAt)}.` : 'The officer has not used the link yet.'}
            </p>
            {g.revocation && (
              <p className="nhsuk-body nhsuk-u-margin-bottom-1">
                Revoked {formatDateTime(g.revocation.revokedAt)} by {g.revocation.revokedBy.name}: {g.revocation.reason}
              </p>
            )}
            {mayRevoke && g.state === 'active' && <RevokeGrant grant={g} onRevoked={onRevoked} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
