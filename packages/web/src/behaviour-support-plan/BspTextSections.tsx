// The plan's sections written as prose: about the person, meeting their needs, after an incident, reducing
// restrictive practice. Each answer's path is the one the server reports errors at ("content.profile.goodDay").
import { bspSectionTitles } from '@hearth/core';
import type { ReactNode } from 'react';
import { Textarea } from '../components/fields';
import type { BspBinding } from './bsp-binding';
import type { BspForm } from './bsp-form';

type Group = 'profile' | 'primaryPrevention' | 'postIncidentSupport';

interface Question<G extends Group> {
  key: keyof BspForm[G] & string;
  label: string;
  hint?: string;
}

function GroupFields<G extends Group>({ b, group, questions }: { b: BspBinding; group: G; questions: Question<G>[] }) {
  return (
    <>
      {questions.map((q) => {
        const path = `content.${group}.${q.key}`;
        return (
          <Textarea
            key={q.key}
            name={path}
            label={q.label}
            hint={q.hint}
            rows={4}
            value={b.form[group][q.key] as string}
            error={b.errorFor(path)}
            onChange={(value) => {
              b.update((f) => ({ ...f, [group]: { ...f[group], [q.key]: value } }));
            }}
          />
        );
      })}
    </>
  );
}

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <section className="hearth-section">
    <h2 className="nhsuk-heading-m">{title}</h2>
    {children}
  </section>
);

export function ProfileFields({ b }: { b: BspBinding }) {
  return (
    <Section title={bspSectionTitles.profile}>
      <p className="nhsuk-body">Write in {b.name}&rsquo;s own words where you can, in the first person.</p>
      <GroupFields
        b={b}
        group="profile"
        questions={[
          { key: 'aboutMe', label: 'Who I am and my life so far', hint: 'Work, family, the people and places that matter.' },
          { key: 'goodDay', label: 'What a good day looks like for me' },
          { key: 'communication', label: 'How I communicate', hint: 'How to talk with me, and how I show what I need.' },
          { key: 'preferences', label: 'What I like and do not like' },
        ]}
      />
    </Section>
  );
}

export function PreventionFields({ b }: { b: BspBinding }) {
  return (
    <Section title={bspSectionTitles.primaryPrevention}>
      <p className="nhsuk-body">What everyone does every day so that the behaviour is less likely to be needed.</p>
      <GroupFields
        b={b}
        group="primaryPrevention"
        questions={[
          { key: 'meetingNeeds', label: 'How my needs are met', hint: 'What the behaviour achieves for me, given another way.' },
          { key: 'environment', label: 'What helps around me', hint: 'Places, noise, people, routines and times of day.' },
          { key: 'skills', label: 'Skills I am supported to learn or keep' },
        ]}
      />
    </Section>
  );
}

export function PostIncidentFields({ b }: { b: BspBinding }) {
  return (
    <Section title={bspSectionTitles.postIncidentSupport}>
      <GroupFields
        b={b}
        group="postIncidentSupport"
        questions={[
          { key: 'person', label: 'How to support me afterwards' },
          {
            key: 'staff',
            label: 'How staff are supported afterwards',
            hint: 'A debrief, who with, and when the records are written.',
          },
        ]}
      />
    </Section>
  );
}

export function ReductionFields({ b }: { b: BspBinding }) {
  const allowsPractice = b.form.reactiveStrategies.restrictivePractices.length > 0;
  return (
    <Section title={bspSectionTitles.reductionPlan}>
      <Textarea
        name="content.reductionPlan"
        label={
          allowsPractice
            ? 'How the restrictive practice this plan allows will be reduced'
            : 'How restrictive practice will be reduced (optional)'
        }
        hint="Goals and dates, what will be tried instead, and how each use is checked at review. Needed when the plan allows any restrictive practice."
        rows={4}
        value={b.form.reductionPlan}
        error={b.errorFor('content.reductionPlan')}
        onChange={(value) => {
          b.update((f) => ({ ...f, reductionPlan: value }));
        }}
      />
    </Section>
  );
}
