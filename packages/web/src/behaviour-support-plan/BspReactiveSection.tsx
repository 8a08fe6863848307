// If the person becomes distressed: what to do, least restrictive first; what never to do; and any restrictive
// practice the plan allows only as a last resort (the kinds the register of restrictive interventions uses).
import { bspRestrictivePracticeKinds, bspRestrictivePracticeLabels, bspSectionTitles } from '@hearth/core';
import { Textarea } from '../components/fields';
import { Radios } from '../plan/Radios';
import type { BspBinding } from './bsp-binding';
import { newPractice, newStep, type BspForm, type PracticeForm } from './bsp-form';
import { BspListFieldset } from './BspListFieldset';

export function ReactiveFields({ b }: { b: BspBinding }) {
  const reactive = b.form.reactiveStrategies;
  const set = (patch: Partial<BspForm['reactiveStrategies']>) => {
    b.update((f) => ({ ...f, reactiveStrategies: { ...f.reactiveStrategies, ...patch } }));
  };
  return (
    <section className="hearth-section" aria-labelledby="bsp-reactive-heading">
      <h2 className="nhsuk-heading-m" id="bsp-reactive-heading">
        {bspSectionTitles.reactiveStrategies}
      </h2>
      <BspListFieldset
        level={3}
        heading="What to do, least restrictive first"
        name="content.reactiveStrategies.steps"
        error={b.errorFor('content.reactiveStrategies.steps')}
        itemName="Step"
        addLabel="Add a step"
        items={reactive.steps}
        max={20}
        newItem={newStep}
        firstField="whatToDo"
        onFocusRequest={b.focus}
        onChange={(steps) => {
          set({ steps });
        }}
        renderItem={(item, update, path) => (
          <Textarea
            name={`${path}.whatToDo`}
            label="What to do"
            rows={2}
            value={item.whatToDo}
            error={b.errorFor(`${path}.whatToDo`)}
            onChange={(whatToDo) => {
              update({ whatToDo });
            }}
          />
        )}
      />
      <Textarea
        name="content.reactiveStrategies.neverDo"
        label="What never to do"
        rows={3}
        value={reactive.neverDo}
        error={b.errorFor('content.reactiveStrategies.neverDo')}
        onChange={(neverDo) => {
          set({ neverDo });
        }}
      />
      <BspListFieldset<PracticeForm>
        level={3}
        heading="Restrictive practice allowed only as a last resort (if any)"
        name="content.reactiveStrategies.restrictivePractices"
        hint="Only what has been agreed as a last resort, in the person's best interests, proportionate and for the shortest time. Staff who use it must hold current certified training. Leave empty if none is allowed."
        error={b.errorFor('content.reactiveStrategies.restrictivePractices')}
        itemName="Restrictive practice"
        addLabel="Add a restrictive practice"
        items={reactive.restrictivePractices}
        max={bspRestrictivePracticeKinds.length}
        newItem={newPractice}
        firstField="kind"
        onFocusRequest={b.focus}
        onChange={(restrictivePractices) => {
          set({ restrictivePractices });
        }}
        renderItem={(item, update, path) => (
          <>
            <Radios
              name={`${path}.kind`}
              legend="What kind"
              small
              value={item.kind}
              options={bspRestrictivePracticeKinds.map((value) => ({ value, label: bspRestrictivePracticeLabels[value] }))}
              error={b.errorFor(`${path}.kind`)}
              onChange={(kind) => {
                update({ kind: kind as PracticeForm['kind'] });
              }}
            />
            <Textarea
              name={`${path}.whatStaffDo`}
              label="Exactly what staff do"
              value={item.whatStaffDo}
              error={b.errorFor(`${path}.whatStaffDo`)}
              onChange={(whatStaffDo) => {
                update({ whatStaffDo });
              }}
            />
            <Textarea
              name={`${path}.onlyWhen`}
              label="Only when"
              hint="The situation, and what must have been tried first."
              value={item.onlyWhen}
              error={b.errorFor(`${path}.onlyWhen`)}
              onChange={(onlyWhen) => {
                update({ onlyWhen });
              }}
            />
          </>
        )}
      />
    </section>
  );
}
