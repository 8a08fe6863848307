// The plan-audit settings page: the word lists and thresholds the audit uses, and the rules switched off. The
// registered manager and the quality lead change them (each save a version with a reason); seniors read them.
import { saveAuditSettingsBodySchema, type AuditSettings } from '@hearth/core';
import { useEffect, useState, type SyntheticEvent } from 'react';
import { mayAnywhere } from '../../access/permissions';
import { isApiError } from '../../api/client';
import { getAuditSettings, saveAuditSettings } from '../../api/plan-audit-settings';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Textarea, TextInput } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { NotificationBanner } from '../../components/NotificationBanner';
import { PageHeading } from '../../components/PageHeading';
import { fieldErrorsFromIssues } from '../../forms/field-ids';
import { useFormErrors } from '../../forms/useFormErrors';
import { formatDateTime } from '../../format';
import { forgetAuditConfig } from '../../plan/quality/useAuditConfig';
import { failureMessage } from '../../plan-views/useLoaded';
import { useMe } from '../../session/SessionContext';
import { RulesSwitchedOff } from './RulesSwitchedOff';
import { defaultLines, formErrors, formFrom, numbers, overridesFrom, wordLists, type SettingsForm } from './settings-form';

export function AuditSettingsPage() {
  const me = useMe();
  const mayChange = mayAnywhere(me, 'update', 'plan_audit_config');
  const [settings, setSettings] = useState<AuditSettings | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors();

  const show = (loaded: AuditSettings) => {
    setSettings(loaded);
    setForm(formFrom(loaded));
  };
  useEffect(() => {
    getAuditSettings().then(show, (error: unknown) => { setFailed(failureMessage(error)); });
  }, []);

  if (failed) return <><PageHeading title="Plan-audit settings" /><p className="nhsuk-body">{failed}</p></>;
  if (!settings || !form) return <Loading what="Loading the plan-audit settings" />;

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    errors.countAttempt();
    errors.setProblem(undefined);
    setSaved(null);
    const parsed = saveAuditSettingsBodySchema.safeParse({ overrides: overridesFrom(form, settings.overrides), reason: form.reason, latestVersion: settings.version });
    if (!parsed.success) {
      errors.setErrors(formErrors(fieldErrorsFromIssues(parsed.error.issues)));
      return;
    }
    errors.setErrors([]);
    setSaving(true);
    try {
      const result = await saveAuditSettings(parsed.data);
      forgetAuditConfig();
      show(result);
      setSaved(result.version);
    } catch (error) {
      // Field errors come back named as the settings name them; the form names its boxes.
      if (isApiError(error) && error.fieldErrors.length > 0) errors.setErrors(formErrors(error.fieldErrors));
      else errors.showRefusal(error);
    } finally {
      setSaving(false);
    }
  };
  const latest = settings.history[0];
  const readOnly = !mayChange;

  return (
    <>
      {saved !== null && !errors.hasErrors && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">Settings saved as version {saved}</p>
          <p className="nhsuk-body">Every audit from now on uses them, including the checks in the plan editor.</p>
        </NotificationBanner>
      )}
      <PageHeading title="Plan-audit settings" hasErrors={errors.hasErrors} skipFocus={errors.hasErrors} />
      <ErrorSummary errors={errors.errors} description={errors.problem} focusKey={errors.attempt} />
      <p className="nhsuk-body">
        {latest ? `Version ${settings.version}, saved ${formatDateTime(latest.savedAt)} by ${latest.savedBy.name}: ${latest.reason}` : 'Hearth’s default settings: nothing has been changed.'}
      </p>
      <p className="nhsuk-body">Each service’s review interval is set on the Services page.</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <h2 className="nhsuk-heading-m">Word lists</h2>
        {wordLists.map(({ key, label, hint }) => (
          <div key={key}>
            <Textarea
              name={key}
              label={label}
              hint={`${hint} One per line.`}
              value={form.lists[key]}
              onChange={(value) => { setForm({ ...form, lists: { ...form.lists, [key]: value } }); }}
              error={errors.errorFor(key)}
              rows={8}
            />
            {!readOnly && form.lists[key] !== defaultLines(settings.defaults, key) && (
              <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => { setForm({ ...form, lists: { ...form.lists, [key]: defaultLines(settings.defaults, key) } }); }}>
                Use Hearth’s list of {label.toLowerCase()}
              </button>
            )}
          </div>
        ))}
        <h2 className="nhsuk-heading-m">Thresholds</h2>
        {numbers.map(({ key, label, hint }) => (
          <TextInput
            key={key}
            name={key}
            label={label}
            hint={`${hint} Hearth’s default: ${settings.defaults[key]}.`}
            value={form.numbers[key]}
            onChange={(value) => { setForm({ ...form, numbers: { ...form.numbers, [key]: value } }); }}
            error={errors.errorFor(key)}
            inputMode="numeric"
            widthClass="nhsuk-input--width-4"
          />
        ))}
        <RulesSwitchedOff rules={settings.rules} chosen={form.disabledRules} onChange={(disabledRules) => { setForm({ ...form, disabledRules }); }} error={errors.errorFor('disabledRules')} readOnly={readOnly} />
        {readOnly ? (
          <p className="nhsuk-body">Only a registered manager or the quality lead can change these settings.</p>
        ) : (
          <>
            <Textarea name="reason" label="Why are you changing the settings?" hint="Kept with this version, for anyone asking later." value={form.reason} onChange={(reason) => { setForm({ ...form, reason }); }} error={errors.errorFor('reason')} rows={2} />
            <button className="nhsuk-button" type="submit" disabled={saving}>{saving ? 'Saving…' : 'Save the settings'}</button>
          </>
        )}
      </form>
    </>
  );
}
