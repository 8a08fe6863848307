// What a person's ABC records show together, for a period and a behaviour chosen in the address (so a view can be
// shared and reloaded): how often each antecedent and consequence was recorded, and what the behaviour may be for.
import {
  abcAntecedentLabels,
  abcConsequenceLabels,
  addDays,
  type AbcAnalysisResponse,
  type AbcAntecedentCategory,
  type AbcConsequenceCategory,
} from '@hearth/core';
import { useState, type SyntheticEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { behaviourSupportPaths } from '../behaviour-support/paths';
import { Select } from '../components/fields';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { formatDate } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { londonToday } from '../sharing/sharing-form';
import { getAbcAnalysis } from './abc-api';
import type { CountBar } from './CountsChart';
import { CountsSection } from './CountsSection';
import { FunctionSummary } from './FunctionSummary';
import './abc-records.css';

const periods = [
  { value: '14', label: 'The last 2 weeks' },
  { value: '28', label: 'The last 4 weeks' },
  { value: '84', label: 'The last 12 weeks' },
  { value: 'all', label: 'Every record' },
];
const defaultPeriod = '84';

const antecedentShort: Record<AbcAntecedentCategory, string> = {
  demand: 'Request or demand',
  change_of_routine: 'Change of routine',
  wanted_not_available: 'Wanted not there',
  left_alone: 'Left alone',
  noise_or_busy: 'Noise or busy',
  discomfort: 'Pain or discomfort',
  other: 'Something else',
};
const consequenceShort: Record<AbcConsequenceCategory, string> = {
  attention_given: 'Attention given',
  task_stopped: 'Request stopped',
  item_given: 'Given item',
  given_space: 'Given space',
  sensory_comfort: 'Sensory comfort',
  redirected: 'Redirected',
  other: 'Something else',
};

export function AbcAnalysisPage() {
  const { person } = usePerson();
  const [params, setParams] = useSearchParams();
  const period = periods.some((p) => p.value === params.get('period')) ? (params.get('period') ?? defaultPeriod) : defaultPeriod;
  const behaviour = params.get('behaviour') ?? '';
  const from = period === 'all' ? null : addDays(londonToday(), 1 - Number(period));
  const loaded = useLoaded(() => getAbcAnalysis(person.id, { from, behaviour }), [person.id, from, behaviour]);
  const name = person.preferredName ?? person.legalName;

  return (
    <>
      <PageHeading title={`What the ABC records show: ${person.legalName}`} caption={person.legalName}>
        What the ABC records show
      </PageHeading>
      <p className="nhsuk-body">
        What usually happens before and after {name}&rsquo;s behaviour, from the{' '}
        <Link className="nhsuk-link" to={behaviourSupportPaths.abc(person.id)}>
          ABC records
        </Link>
        , and what the behaviour may be for. Use it to talk over with the team, not as a diagnosis.
      </p>
      <Filters
        key={`${period}|${behaviour}`}
        period={period}
        behaviour={behaviour}
        behaviours={loaded.kind === 'ready' ? loaded.value.behaviours : []}
        onApply={(next) => {
          setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== '')));
        }}
      />
      {loaded.kind === 'loading' && <Loading what="Looking at the records" />}
      {loaded.kind === 'failed' && <p className="nhsuk-body">{loaded.message}</p>}
      {loaded.kind === 'ready' && <Results analysis={loaded.value} name={name} personId={person.id} />}
    </>
  );
}

function Filters(props: {
  period: string;
  behaviour: string;
  behaviours: readonly string[];
  onApply: (f: { period: string; behaviour: string }) => void;
}) {
  const [period, setPeriod] = useState(props.period);
  const [behaviour, setBehaviour] = useState(props.behaviour);
  const choices =
    props.behaviours.includes(props.behaviour) || props.behaviour === ''
      ? props.behaviours
      : [props.behaviour, ...props.behaviours];
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    props.onApply({ period, behaviour });
  };
  return (
    <form onSubmit={onSubmit} className="hearth-abc-filters" aria-label="Which records to look at">
      <Select name="period" label="Records from" value={period} onChange={setPeriod} options={periods} />
      <Select
        name="behaviourFilter"
        label="Behaviour"
        value={behaviour}
        onChange={setBehaviour}
        options={[{ value: '', label: 'Every behaviour' }, ...choices.map((b) => ({ value: b, label: b }))]}
      />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit">
        Show these records
      </button>
    </form>
  );
}

function Results({ analysis, name, personId }: { analysis: AbcAnalysisResponse; name: string; personId: string }) {
  const antecedents: CountBar[] = analysis.antecedents.map((a) => ({
    short: antecedentShort[a.category],
    label: abcAntecedentLabels[a.category],
    count: a.count,
  }));
  const consequences: CountBar[] = analysis.consequences.map((c) => ({
    short: consequenceShort[c.category],
    label: abcConsequenceLabels[c.category],
    count: c.count,
  }));
  const when = analysis.filter.from === null ? 'in every record' : `since ${formatDate(analysis.filter.from)}`;
  return (
    <>
      <p className="nhsuk-body" role="status">
        Looking at {analysis.considered === 1 ? '1 record' : `${analysis.considered} records`} {when}
        {analysis.filter.behaviour !== null && ` of \u201c${analysis.filter.behaviour}\u201d`}.
        {analysis.replacedLeftOut > 0 &&
          ` ${analysis.replacedLeftOut === 1 ? '1 corrected record is' : `${analysis.replacedLeftOut} corrected records are`} left out.`}
      </p>
      <FunctionSummary analysis={analysis} name={name} personId={personId} />
      {analysis.considered > 0 && (
        <>
          <CountsSection
            id="abc-antecedents"
            title="What happened just before"
            intro="How often each kind of antecedent was recorded."
            column="Before"
            bars={antecedents}
          />
          <CountsSection
            id="abc-consequences"
            title="What happened straight after"
            intro="How often each kind of consequence was recorded."
            column="After"
            bars={consequences}
          />
        </>
      )}
    </>
  );
}
