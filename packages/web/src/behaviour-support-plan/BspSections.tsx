// One version of the behaviour support plan as staff read it, section by section, in a single column that reads on a
// phone: what never to do is set apart so it cannot be missed, and any restrictive practice is marked last resort.
import {
  bspFunctionLabels,
  bspRestrictivePracticeLabels,
  bspSectionKeys,
  bspSectionTitles,
  type BspBody,
  type BspSectionKey,
} from '@hearth/core';
import type { ReactNode } from 'react';

/** The id of a section's heading on the page, for the contents list and the list of what changed. */
export const bspSectionId = (key: BspSectionKey) => `bsp-${key}`;

function Section({ sectionKey, children }: { sectionKey: BspSectionKey; children: ReactNode }) {
  const id = bspSectionId(sectionKey);
  return (
    <section className="hearth-plan-section" aria-labelledby={id}>
      <h2 className="nhsuk-heading-m" id={id} tabIndex={-1}>
        {bspSectionTitles[sectionKey]}
      </h2>
      {children}
    </section>
  );
}

function Answer({ label, text }: { label: string; text: string }) {
  return (
    <>
      <h3 className="nhsuk-heading-s">{label}</h3>
      <p className="nhsuk-body hearth-pre-wrap">{text}</p>
    </>
  );
}

export function BspContents({ shown }: { shown: readonly BspSectionKey[] }) {
  return (
    <nav className="nhsuk-contents-list" aria-label="Sections of the plan">
      <h2 className="nhsuk-u-visually-hidden">Sections of the plan</h2>
      <ol className="nhsuk-contents-list__list">
        {shown.map((key) => (
          <li className="nhsuk-contents-list__item" key={key}>
            <a className="nhsuk-contents-list__link" href={`#${bspSectionId(key)}`}>
              {bspSectionTitles[key]}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The sections a version has something in: the reduction plan only when written. */
export const bspShownSections = (body: BspBody): BspSectionKey[] =>
  bspSectionKeys.filter((k) => k !== 'reductionPlan' || body.reductionPlan !== null);

export function BspSections({ body }: { body: BspBody }) {
  const behaviourName = new Map(body.behaviours.map((b) => [b.id, b.name]));
  const reactive = body.reactiveStrategies;
  return (
    <>
      <Section sectionKey="profile">
        <Answer label="Who I am" text={body.profile.aboutMe} />
        <Answer label="A good day for me" text={body.profile.goodDay} />
        <Answer label="How I communicate" text={body.profile.communication} />
        <Answer label="What I like and do not like" text={body.profile.preferences} />
      </Section>
      <Section sectionKey="behaviours">
        {body.behaviours.map((b) => (
          <div key={b.id} className="hearth-bsp-item">
            <h3 className="nhsuk-heading-s">{b.name}</h3>
            <p className="nhsuk-body hearth-pre-wrap">{b.looksLike}</p>
            <dl className="nhsuk-summary-list hearth-bsp-facts">
              {[
                ['How often', b.frequency],
                ['How long', b.duration],
                ['How intense', b.intensity],
              ].map(([k, v]) => (
                <div className="nhsuk-summary-list__row" key={k}>
                  <dt className="nhsuk-summary-list__key">{k}</dt>
                  <dd className="nhsuk-summary-list__value">{v}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </Section>
      <Section sectionKey="functionalAssessment">
        {body.functionalAssessment.map((a) => (
          <div key={a.id} className="hearth-bsp-item">
            <h3 className="nhsuk-heading-s">{behaviourName.get(a.behaviourId) ?? 'A behaviour'}</h3>
            <p className="nhsuk-body">
              <strong>What it achieves: </strong>
              {a.functions.map((f) => bspFunctionLabels[f]).join('; ')}
            </p>
            <p className="nhsuk-body hearth-pre-wrap">{a.whatItAchieves}</p>
            <p className="nhsuk-body hearth-pre-wrap">
              <strong>Evidence: </strong>
              {a.evidence}
            </p>
          </div>
        ))}
      </Section>
      <Section sectionKey="primaryPrevention">
        <Answer label="How my needs are met" text={body.primaryPrevention.meetingNeeds} />
        <Answer label="What helps around me" text={body.primaryPrevention.environment} />
        <Answer label="Skills I am supported to learn or keep" text={body.primaryPrevention.skills} />
      </Section>
      <Section sectionKey="secondaryStrategies">
        {body.secondaryStrategies.map((s) => (
          <div key={s.id} className="hearth-bsp-item">
            <h3 className="nhsuk-heading-s">{s.sign}</h3>
            <p className="nhsuk-body hearth-pre-wrap">{s.whatToDo}</p>
          </div>
        ))}
      </Section>
      <Section sectionKey="reactiveStrategies">
        <h3 className="nhsuk-heading-s">What to do, least restrictive first</h3>
        <ol className="nhsuk-list nhsuk-list--number">
          {reactive.steps.map((s) => (
            <li key={s.id} className="hearth-pre-wrap">
              {s.whatToDo}
            </li>
          ))}
        </ol>
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Never
            </span>
          </h3>
          <p className="hearth-pre-wrap">{reactive.neverDo}</p>
        </div>
        {reactive.restrictivePractices.length === 0 ? (
          <p className="nhsuk-body">This plan allows no restrictive practice.</p>
        ) : (
          reactive.restrictivePractices.map((p) => (
            <div key={p.id} className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <h3 className="nhsuk-heading-s">{bspRestrictivePracticeLabels[p.kind]}: only as a last resort</h3>
              <p className="hearth-pre-wrap">{p.whatStaffDo}</p>
              <p className="hearth-pre-wrap">
                <strong>Only when: </strong>
                {p.onlyWhen}
              </p>
            </div>
          ))
        )}
      </Section>
      <Section sectionKey="postIncidentSupport">
        <Answer label="For me" text={body.postIncidentSupport.person} />
        <Answer label="For staff" text={body.postIncidentSupport.staff} />
      </Section>
      {body.reductionPlan !== null && (
        <Section sectionKey="reductionPlan">
          <p className="nhsuk-body hearth-pre-wrap">{body.reductionPlan}</p>
        </Section>
      )}
    </>
  );
}
