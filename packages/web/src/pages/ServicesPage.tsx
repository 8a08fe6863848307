// The organisation's services (care homes and homecare branches); administrators add them.
import { useEffect, useState, type SyntheticEvent } from 'react';
import { createServiceBodySchema, serviceKindLabels, serviceKinds, type Service, type ServiceKind } from '@hearth/core';
import { createService, listServices } from '../api/staff';
import { mayAnywhere } from '../access/permissions';
import { ErrorSummary } from '../components/ErrorSummary';
import { Select, TextInput } from '../components/fields';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import { useMe } from '../session/SessionContext';
import { NotFoundContent } from './NotFoundPage';

export function ServicesPage() {
  const me = useMe();
  const [services, setServices] = useState<Service[] | null>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ServiceKind | ''>('');
  const [reviewDays, setReviewDays] = useState('182');
  const form = useFormErrors();
  const { setErrors, setProblem } = form;
  const [added, setAdded] = useState<string | null>(null);

  useEffect(() => {
    listServices()
      .then(setServices)
      .catch(() => {
        setServices([]);
      });
  }, []);

  if (!mayAnywhere(me, 'list', 'service')) return <NotFoundContent />;
  const mayAdd = mayAnywhere(me, 'create', 'service');

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    setProblem(undefined);
    setAdded(null);
    const parsed = createServiceBodySchema.safeParse({
      name,
      kind: kind || undefined,
      planReviewIntervalDays: /^\d+$/.test(reviewDays.trim()) ? Number(reviewDays.trim()) : reviewDays,
    });
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    setErrors([]);
    try {
      const service = await createService(parsed.data);
      setServices((s) => [...(s ?? []), service]);
      setAdded(service.name);
      setName('');
      setKind('');
      setReviewDays('182');
    } catch (error) {
      form.showRefusal(error);
    }
  };

  const { hasErrors } = form;
  return (
    <>
      {added && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">{added} has been added</p>
        </NotificationBanner>
      )}
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
      <PageHeading title="Services" hasErrors={hasErrors} skipFocus={hasErrors} />
      {services === null ? (
        <Loading />
      ) : services.length === 0 ? (
        <p className="nhsuk-body">No services yet. Add your care homes and homecare branches before adding people.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {services.map((s) => (
            <li key={s.id}>
              {s.name} ({serviceKindLabels[s.kind]}): plans reviewed at least every {s.planReviewIntervalDays} days
            </li>
          ))}
        </ul>
      )}
      {mayAdd && (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <h2 className="nhsuk-heading-m">Add a service</h2>
          <TextInput name="name" label="Service name" value={name} onChange={setName} error={form.errorFor('name')} />
          <Select
            name="kind"
            label="Kind of service"
            value={kind}
            placeholder="Choose the kind of service"
            options={serviceKinds.map((k) => ({ value: k, label: serviceKindLabels[k] }))}
            onChange={(v) => {
              setKind((serviceKinds as readonly string[]).includes(v) ? (v as ServiceKind) : '');
            }}
            error={form.errorFor('kind')}
          />
          <TextInput
            name="planReviewIntervalDays"
            label="How often plans are reviewed, in days"
            hint="Between 28 days and 2 years (730 days). 182 days is about 6 months."
            value={reviewDays}
            onChange={setReviewDays}
            inputMode="numeric"
            widthClass="nhsuk-input--width-4"
            error={form.errorFor('planReviewIntervalDays')}
          />
          <button type="submit" className="nhsuk-button">
            Add service
          </button>
        </form>
      )}
    </>
  );
}
