// The provider's areas of personalised care: rename, reword, add or retire areas, saved as a new version with a
// reason. Areas are never removed, because past self-assessments name them; a retired area is not offered again.
import { areaIdFor, areaSetChangeErrors, saveAreaSetBodySchema, type AreaSetResponse, type PersonalisationArea } from '@hearth/core';
import { useState, type SyntheticEvent } from 'react';
import { getPersonalisationAreas, savePersonalisationAreas } from '../api/personalisation';
import { mayAnywhere } from '../access/permissions';
import { BackLink } from '../components/links';
import { ErrorSummary } from '../components/ErrorSummary';
import { Checkbox, Textarea, TextInput } from '../components/fields';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import { useLoaded } from '../plan-views/useLoaded';
import { useSession } from '../session/SessionContext';
import './personalisation.css';

interface EditedArea {
  /** Null for an area added on this page: its id is made from its name when saved. */
  id: string | null;
  title: string;
  description: string;
  prompts: string;
  retired: boolean;
}

const toEdited = (a: PersonalisationArea): EditedArea => ({ id: a.id, title: a.title, description: a.description, prompts: a.whatGoodLooksLike.join('\n'), retired: a.retired });

export function AreasPage() {
  const { state } = useSession();
  const me = state.status === 'signed_in' ? state.me : null;
  const [reload, setReload] = useState(0);
  const set = useLoaded(getPersonalisationAreas, [reload]);
  const [saved, setSaved] = useState<number | null>(null);
  if (set.kind === 'loading') return <Loading what="Loading the areas of personalised care" />;
  if (set.kind === 'failed') {
    return (
      <>
        <PageHeading title="Areas of personalised care" />
        <p className="nhsuk-body">{set.message}</p>
      </>
    );
  }
  if (!me || !mayAnywhere(me, 'update', 'personalisation_areas')) {
    return (
      <>
        <PageHeading title="Areas of personalised care" />
        <p className="nhsuk-body">Only registered managers and the quality lead may change the areas.</p>
      </>
    );
  }
  return (
    <AreasForm
      key={set.value.version}
      set={set.value}
      savedVersion={saved}
      onSaved={(version) => {
        setSaved(version);
        setReload((n) => n + 1);
      }}
    />
  );
}

function AreasForm({ set, savedVersion, onSaved }: { set: AreaSetResponse; savedVersion: number | null; onSaved: (version: number) => void }) {
  const [areas, setAreas] = useState<EditedArea[]>(set.areas.map(toEdited));
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const form = useFormErrors();
  const change = (i: number, patch: Partial<EditedArea>) => {
    setAreas((all) => all.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  };

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    form.setProblem(undefined);
    const taken = set.areas.map((a) => a.id);
    const next = areas.map((a) => {
      const id = a.id ?? areaIdFor(a.title, taken);
      taken.push(id);
      return { id, title: a.title, description: a.description, whatGoodLooksLike: a.prompts.split('\n').map((p) => p.trim()).filter(Boolean), retired: a.retired };
    });
    const parsed = saveAreaSetBodySchema.safeParse({ areas: next, reason, latestVersion: set.version });
    const errors = parsed.success ? areaSetChangeErrors(set.areas, parsed.data.areas) : fieldErrorsFromIssues(parsed.error.issues);
    if (!parsed.success || errors.length > 0) {
      // A problem with one prompt is shown on the prompts box, which holds them all.
      form.setErrors(errors.map((e) => ({ ...e, field: e.field.replace(/^(areas\.\d+\.whatGoodLooksLike)\.\d+$/, '$1') })));
      return;
    }
    form.setErrors([]);
    setSaving(true);
    try {
      onSaved((await savePersonalisationAreas(parsed.data)).version);
    } catch (error) {
      form.showRefusal(error);
      setSaving(false);
    }
  };

  return (
    <>
      <BackLink to="/personalisation">Personalisation</BackLink>
      <PageHeading title="Areas of personalised care" hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
      {savedVersion !== null && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">The areas were saved as version {savedVersion}</p>
        </NotificationBanner>
      )}
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
      <p className="nhsuk-body" id="areas" tabIndex={-1}>
        {set.version === 0 ? 'These are Hearth\u2019s suggested areas.' : `Version ${set.version}${set.createdBy ? `, saved by ${set.createdBy.name}` : ''}.`}{' '}
        Each care home&rsquo;s self-assessment rates every area that is not retired. Retire an area you no longer want
        rather than removing it: past self-assessments keep it.
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        {areas.map((area, i) => (
          <fieldset className="nhsuk-fieldset hearth-personalisation-area" key={area.id ?? `new-${i}`}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
              <h2 className="nhsuk-fieldset__heading">{area.id === null ? 'New area' : (set.areas.find((a) => a.id === area.id)?.title ?? area.title)}</h2>
            </legend>
            <TextInput name={`areas.${i}.title`} label="Name" value={area.title} onChange={(title) => { change(i, { title }); }} error={form.errorFor(`areas.${i}.title`) ?? form.errorFor(`areas.${i}.id`)} />
            <Textarea name={`areas.${i}.description`} label="What the area is about" value={area.description} onChange={(description) => { change(i, { description }); }} error={form.errorFor(`areas.${i}.description`)} />
            <Textarea
              name={`areas.${i}.whatGoodLooksLike`}
              label="What good looks like"
              hint="Questions to talk through with residents, relatives and staff: one on each line."
              value={area.prompts}
              onChange={(prompts) => { change(i, { prompts }); }}
              error={form.errorFor(`areas.${i}.whatGoodLooksLike`)}
              rows={4}
            />
            {area.id !== null ? (
              <Checkbox name={`areas.${i}.retired`} label="Retire this area (not offered for new self-assessments)" checked={area.retired} onChange={(retired) => { change(i, { retired }); }} />
            ) : (
              <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => { setAreas((all) => all.filter((_, j) => j !== i)); }}>
                Remove this new area
              </button>
            )}
          </fieldset>
        ))}
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => { setAreas((all) => [...all, { id: null, title: '', description: '', prompts: '', retired: false }]); }}>
          Add an area
        </button>
        <Textarea name="reason" label="Why are the areas changing?" value={reason} onChange={setReason} error={form.errorFor('reason')} />
        <button className="nhsuk-button" type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save the areas'}
        </button>
      </form>
    </>
  );
}
