// The care worker's "now" view: what must not be missed (DNACPR and advance plans, key risks) and what to do at
// this time of day, from the plan in use, in the person's words. Made for a phone held in one hand.
import type { CarePlan, SectionContent } from '@hearth/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { getCarePlan, getSectionDefinitions } from '../api/plan-views';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { usePerson } from '../people/PersonLayout';
import { NowCommunication } from '../communication-needs/NowCommunication';
import { inDayOrder, isForNow, keyRiskAssessments, minutesNow, riskBandLabels } from '@hearth/core';
import { allSteps, PlanLabels } from './plan-labels';
import { useLoaded } from './useLoaded';
import './plan-views.css';

/** One-page profile answers that say where life-and-death decisions are written down. */
const importantPrompts = ['dnacpr_location', 'advance_care_plan_location', 'treatment_escalation_plan'];

const clockFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

function useClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => {
      setNow(new Date());
    }, 60_000);
    return () => {
      window.clearInterval(timer);
    };
  }, []);
  return now;
}

export function NowPage() {
  const { person } = usePerson();
  const name = person.preferredName ?? person.legalName;
  const loaded = useLoaded(async () => {
    const [plan, definitions] = await Promise.all([getCarePlan(person.id), getSectionDefinitions()]);
    return { plan, labels: new PlanLabels(definitions) };
  }, [person.id]);

  return (
    <>
      <PageHeading title={`What to do now for ${person.legalName}`} caption={person.legalName}>
        Supporting {name} now
      </PageHeading>
      <NowCommunication personId={person.id} name={name} />
      {loaded.kind === 'loading' && <Loading what="Loading the plan" />}
      {loaded.kind === 'failed' && <p className="nhsuk-body">{loaded.message}</p>}
      {loaded.kind === 'ready' && (
        <NowContent personId={person.id} name={name} plan={loaded.value.plan} labels={loaded.value.labels} />
      )}
    </>
  );
}

function NowContent({ personId, name, plan, labels }: { personId: string; name: string; plan: CarePlan; labels: PlanLabels }) {
  const now = useClock();
  const current = plan.current;
  if (!current) {
    return (
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          There is no agreed care and support plan for {name} yet. Ask a senior care worker or the manager what support to give.
        </p>
      </div>
    );
  }
  const sections = current.content.sections;
  const steps = allSteps(sections);
  const nowMinutes = minutesNow(now);
  const forNow = inDayOrder(
    steps.filter((s) => isForNow(s.step, nowMinutes)),
    (s) => s.step,
  );
  const wholeDay = inDayOrder(steps, (s) => s.step);

  return (
    <>
      <Important sections={sections} labels={labels} />

      <h2 className="nhsuk-heading-l" id="now-heading">
        What to do now
      </h2>
      <p className="nhsuk-body hearth-now__clock">It is {clockFormat.format(now)}.</p>
      {forNow.length === 0 ? (
        <p className="nhsuk-body">Nothing in the plan is set for about this time. Check the whole day below.</p>
      ) : (
        <ul className="nhsuk-list" aria-labelledby="now-heading">
          {forNow.map(({ sectionKey, step }) => (
            <li className="hearth-now-step hearth-now-step--now" key={`${sectionKey}/${step.id}`}>
              <h3 className="nhsuk-heading-s hearth-now-step__when">
                {step.time ? `${step.time} · ` : ''}
                {step.when}
              </h3>
              <p className="hearth-now-step__what">{step.what}</p>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                Who: {step.who}
                <br />
                <span className="hearth-muted">From {labels.sectionTitle(sectionKey)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}

      <h2 className="nhsuk-heading-m" id="whole-day-heading">
        Whole day
      </h2>
      {wholeDay.length === 0 ? (
        <p className="nhsuk-body">The plan has no steps written yet.</p>
      ) : (
        <ol className="hearth-day-list" aria-labelledby="whole-day-heading">
          {wholeDay.map(({ sectionKey, step }) => (
            <li key={`${sectionKey}/${step.id}`}>
              <span className="hearth-day-list__time">{step.time ?? step.when}</span> {step.time ? `${step.when}: ` : ''}
              <span className="hearth-pre-wrap">{step.what}</span>
              <span className="nhsuk-u-visually-hidden">. Who: {step.who}</span>
            </li>
          ))}
        </ol>
      )}

      <p className="nhsuk-body">
        <Link className="hearth-touch-link" to={`/people/${personId}/plan`}>
          Read the whole care and support plan
        </Link>
      </p>
    </>
  );
}

/** DNACPR and advance plan answers from the one-page profile, every risk in the plan in use, and assessed risks rated high or very high. */
function Important({ sections, labels }: { sections: SectionContent[]; labels: PlanLabels }) {
  const answers = sections.flatMap((s) =>
    s.answers
      .filter((a) => importantPrompts.includes(a.promptKey))
      .map((a) => ({
        key: `${s.sectionKey}/${a.promptKey}`,
        label: labels.promptLabel(s.sectionKey, a.promptKey),
        text: a.text,
      })),
  );
  const risks = sections.flatMap((s) => (s.notApplicable ? [] : s.risks.map((r) => ({ ...r, sectionKey: s.sectionKey }))));
  const keyRisks = keyRiskAssessments(sections);
  if (answers.length === 0 && risks.length === 0 && keyRisks.length === 0) return null;
  return (
    <section className="hearth-now-important" aria-labelledby="important-heading">
      <h2 className="nhsuk-heading-m" id="important-heading">
        Important to know
      </h2>
      {answers.length > 0 && (
        <dl className="nhsuk-summary-list">
          {answers.map((a) => (
            <div className="nhsuk-summary-list__row" key={a.key}>
              <dt className="nhsuk-summary-list__key">{a.label}</dt>
              <dd className="nhsuk-summary-list__value hearth-pre-wrap">{a.text}</dd>
            </div>
          ))}
        </dl>
      )}
      {risks.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">Risks and how to manage them</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {risks.map((r) => (
              <li key={`${r.sectionKey}/${r.id}`}>
                <strong>{r.risk}</strong>: <span className="hearth-pre-wrap">{r.howManaged}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {keyRisks.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">Assessed risks rated high</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {keyRisks.map(({ sectionKey, assessment, rating }) => (
              <li key={`${sectionKey}/assessment/${assessment.id}`}>
                <strong>{assessment.hazard}</strong> ({riskBandLabels[rating.band].toLowerCase()} risk, {rating.score} out of 25)
                {assessment.existingControls.length > 0 && (
                  <span className="hearth-pre-wrap">: {assessment.existingControls.join('; ')}</span>
                )}
                {assessment.positiveRiskTaking && (
                  <>
                    <br />
                    Agreed with {assessment.positiveRiskTaking.agreedBy}: {assessment.positiveRiskTaking.agreedApproach}
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
