// Recording a course a member of staff completed, or replacing a record (a refresher or a correction) with a reason.
// Checked with the server's own schema and date rules before sending.
import {
  staffTrainingRecordDateErrors,
  staffTrainingRecordPostSchema,
  staffTrainingTopicLabels,
  staffTrainingTopics,
  type StaffTrainingRecordPost,
  type StaffTrainingRecordView,
  type StaffTrainingResponse,
} from '@hearth/core';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { dateToParts, DateInput, emptyDate, partsToDate, type DateParts } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea, TextInput } from '../components/fields';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { formatDate } from '../format';
import { failedCheck, useCheckedSubmit, type Checked } from '../forms/useCheckedSubmit';
import { Radios } from '../plan/Radios';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { londonToday } from '../sharing/sharing-form';
import type { StaffTrainingPageState } from './StaffTrainingPage';
import { mayOnTraining } from './training-access';
import { addTrainingRecord, getStaffTraining } from './training-api';
import { trainingPaths } from './training-paths';

export function TrainingRecordFormPage() {
  const { staffId = '' } = useParams();
  const [params] = useSearchParams();
  const me = useMe();
  const loaded = useLoaded(() => getStaffTraining(staffId), [staffId]);
  if (loaded.kind === 'loading') return <Loading what="Loading training" />;
  if (loaded.kind === 'failed')
    return (
      <>
        <PageHeading title="Add a training record" />
        <p className="nhsuk-body">{loaded.message}</p>
      </>
    );
  const training = loaded.value;
  const asked = params.get('replaces');
  const replacing = asked ? training.records.find((r) => r.id === asked) : undefined;
  const title = asked ? 'Replace a training record' : 'Add a training record';
  const refusal = !mayOnTraining(me, 'create', { id: training.staff.id, serviceIds: training.staff.serviceIds })
    ? 'You cannot record training for this member of staff. A senior care worker of their service, a registered manager, the quality lead or an administrator can.'
    : asked && (!replacing || !replacing.current)
      ? `${replacing ? 'That record has already been replaced by a newer one.' : 'That record could not be found.'} Go back to the training records to replace the current one.`
      : null;
  if (refusal)
    return (
      <>
        <BackLink to={trainingPaths.staff(training.staff.id)}>Back to {training.staff.name}&rsquo;s training</BackLink>
        <PageHeading title={title} caption={training.staff.name} />
        <p className="nhsuk-body">{refusal}</p>
      </>
    );
  return <RecordForm training={training} replacing={replacing ?? null} title={title} />;
}

interface Values {
  topic: string;
  course: string;
  trainingProvider: string;
  completedOn: DateParts;
  expiresOn: DateParts;
  rrnCertified: '' | 'yes' | 'no';
  certificateReference: string;
  supersedeReason: string;
}

const fromRecord = (r: StaffTrainingRecordView | null): Values => ({
  topic: r?.topic ?? '',
  course: r?.course ?? '',
  trainingProvider: r?.trainingProvider ?? '',
  completedOn: r ? dateToParts(r.completedOn) : emptyDate,
  expiresOn: r ? dateToParts(r.expiresOn) : emptyDate,
  rrnCertified: r ? (r.rrnCertified ? 'yes' : 'no') : '',
  certificateReference: r?.certificateReference ?? '',
  supersedeReason: '',
});

function toBody(v: Values, replacing: StaffTrainingRecordView | null): Record<string, unknown> {
  return {
    topic: v.topic === '' ? undefined : v.topic,
    course: v.course,
    trainingProvider: v.trainingProvider,
    completedOn: partsToDate(v.completedOn),
    expiresOn: partsToDate(v.expiresOn) || null,
    rrnCertified: v.rrnCertified === '' ? undefined : v.rrnCertified === 'yes',
    certificateReference: v.certificateReference,
    ...(replacing ? { supersedes: replacing.id, supersedeReason: v.supersedeReason } : {}),
  };
}

function check(body: Record<string, unknown>): Checked<StaffTrainingRecordPost> {
  const parsed = staffTrainingRecordPostSchema.safeParse(body);
  if (!parsed.success) return parsed;
  const errors = staffTrainingRecordDateErrors(parsed.data, londonToday());
  return errors.length > 0 ? failedCheck(errors) : parsed;
}

function RecordForm({
  training,
  replacing,
  title,
}: {
  training: StaffTrainingResponse;
  replacing: StaffTrainingRecordView | null;
  title: string;
}) {
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(() => fromRecord(replacing));
  const set = (patch: Partial<Values>) => {
    setValues((v) => ({ ...v, ...patch }));
  };
  const staffPath = trainingPaths.staff(training.staff.id);
  const { form, saving, onSubmit } = useCheckedSubmit({
    check: () => check(toBody(values, replacing)),
    send: (data) => addTrainingRecord(training.staff.id, data),
    saved: () => {
      void navigate(staffPath, {
        state: {
          saved: replacing ? 'The training record has been replaced' : 'The training record has been added',
        } satisfies StaffTrainingPageState,
      });
    },
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={staffPath}>Back to {training.staff.name}&rsquo;s training</BackLink>
        <PageHeading title={title} caption={training.staff.name} hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
        <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
        {replacing && (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              This replaces the record of {replacing.course}, completed {formatDate(replacing.completedOn)}. The earlier record is
              kept and can still be read. The form starts with its details: change what has changed, for example the dates of a
              refresher.
            </p>
          </div>
        )}
        <form onSubmit={onSubmit} noValidate>
          <Radios
            name="topic"
            legend="What was the training about?"
            legendClassName="nhsuk-fieldset__legend--m"
            value={values.topic}
            onChange={(topic) => {
              set({ topic });
            }}
            error={form.errorFor('topic')}
            options={staffTrainingTopics.map((t) => ({ value: t, label: staffTrainingTopicLabels[t] }))}
          />
          <TextInput
            name="course"
            label="Name of the course"
            value={values.course}
            onChange={(course) => {
              set({ course });
            }}
            error={form.errorFor('course')}
          />
          <TextInput
            name="trainingProvider"
            label="Who provided it"
            hint="The training organisation, or in-house"
            value={values.trainingProvider}
            onChange={(trainingProvider) => {
              set({ trainingProvider });
            }}
            error={form.errorFor('trainingProvider')}
          />
          <DateInput
            name="completedOn"
            legend="Date completed"
            hint="For example, 15 3 2026"
            value={values.completedOn}
            onChange={(completedOn) => {
              set({ completedOn });
            }}
            error={form.errorFor('completedOn')}
          />
          <DateInput
            name="expiresOn"
            legend="Expiry date (if it has one)"
            hint="When a refresher is due, as on the certificate. Leave blank if the training does not expire."
            value={values.expiresOn}
            onChange={(expiresOn) => {
              set({ expiresOn });
            }}
            error={form.errorFor('expiresOn')}
          />
          <Radios
            name="rrnCertified"
            legend="Is the course certified against the Restraint Reduction Network standards?"
            hint="CQC expects training in restrictive practice to be certified against the Restraint Reduction Network (RRN) standards. Training that is not certified does not count for staff who may use a restrictive intervention."
            value={values.rrnCertified}
            onChange={(v) => {
              set({ rrnCertified: v as Values['rrnCertified'] });
            }}
            error={form.errorFor('rrnCertified')}
            options={[
              { value: 'yes', label: 'Yes, RRN certified' },
              { value: 'no', label: 'No' },
            ]}
          />
          <TextInput
            name="certificateReference"
            label="Certificate reference"
            hint="Needed for certified training, so the certification can be checked"
            value={values.certificateReference}
            onChange={(certificateReference) => {
              set({ certificateReference });
            }}
            error={form.errorFor('certificateReference')}
            widthClass="nhsuk-input--width-20"
          />
          {replacing && (
            <Textarea
              name="supersedeReason"
              label="Why are you replacing the earlier record?"
              hint="For example, a refresher was completed, or the earlier record had a mistake"
              value={values.supersedeReason}
              onChange={(supersedeReason) => {
                set({ supersedeReason });
              }}
              error={form.errorFor('supersedeReason')}
            />
          )}
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save the record'}
          </button>
        </form>
      </div>
    </div>
  );
}
