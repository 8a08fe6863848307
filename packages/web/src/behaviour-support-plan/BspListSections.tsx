// The plan's lists: each behaviour of concern described as it is seen, what each behaviour achieves for the person
// (the functional assessment, with its evidence), and the early warning signs with what to do.
import { bspFunctionLabels, bspFunctions, bspSectionTitles } from '@hearth/core';
import { CheckboxGroup } from '../components/CheckboxGroup';
import { Select, Textarea, TextInput } from '../components/fields';
import type { BspBinding } from './bsp-binding';
import { newBehaviour, newFunction, newWarning } from './bsp-form';
import { BspListFieldset } from './BspListFieldset';

export function BehaviourFields({ b }: { b: BspBinding }) {
  return (
    <BspListFieldset
      heading={bspSectionTitles.behaviours}
      name="content.behaviours"
      hint="Describe what anyone would see and hear, not a label such as \u201caggressive\u201d or \u201cattention-seeking\u201d."
      error={b.errorFor('content.behaviours')}
      itemName="Behaviour"
      addLabel="Add a behaviour"
      items={b.form.behaviours}
      max={20}
      newItem={newBehaviour}
      firstField="name"
      onFocusRequest={b.focus}
      onChange={(behaviours) => {
        b.update((f) => ({ ...f, behaviours }));
      }}
      renderItem={(item, update, path) => (
        <>
          <TextInput
            name={`${path}.name`}
            label="A short name for the behaviour"
            value={item.name}
            error={b.errorFor(`${path}.name`)}
            onChange={(name) => {
              update({ name });
            }}
          />
          <Textarea
            name={`${path}.looksLike`}
            label="What it looks like"
            value={item.looksLike}
            error={b.errorFor(`${path}.looksLike`)}
            onChange={(looksLike) => {
              update({ looksLike });
            }}
          />
          <TextInput
            name={`${path}.frequency`}
            label="How often it happens"
            value={item.frequency}
            error={b.errorFor(`${path}.frequency`)}
            onChange={(frequency) => {
              update({ frequency });
            }}
          />
          <TextInput
            name={`${path}.duration`}
            label="How long it lasts"
            value={item.duration}
            error={b.errorFor(`${path}.duration`)}
            onChange={(duration) => {
              update({ duration });
            }}
          />
          <Textarea
            name={`${path}.intensity`}
            label="How intense it is"
            hint="What happens at its mildest and at its worst, and whether anyone is hurt."
            rows={2}
            value={item.intensity}
            error={b.errorFor(`${path}.intensity`)}
            onChange={(intensity) => {
              update({ intensity });
            }}
          />
        </>
      )}
    />
  );
}

export function FunctionFields({ b }: { b: BspBinding }) {
  const behaviours = b.form.behaviours.map((x, i) => ({
    value: x.id,
    label: x.name.trim() === '' ? `Behaviour ${i + 1}` : x.name,
  }));
  return (
    <BspListFieldset
      heading={bspSectionTitles.functionalAssessment}
      name="content.functionalAssessment"
      hint="For each behaviour: what it gets or avoids for the person, and the evidence (ABC records, scatter plot, what people have seen)."
      error={b.errorFor('content.functionalAssessment')}
      itemName="Assessment"
      addLabel="Add an assessment"
      items={b.form.functionalAssessment}
      max={20}
      newItem={() => newFunction()}
      firstField="behaviourId"
      onFocusRequest={b.focus}
      onChange={(functionalAssessment) => {
        b.update((f) => ({ ...f, functionalAssessment }));
      }}
      renderItem={(item, update, path) => (
        <>
          <Select
            name={`${path}.behaviourId`}
            label="Which behaviour"
            placeholder="Choose a behaviour"
            options={behaviours}
            value={item.behaviourId}
            error={b.errorFor(`${path}.behaviourId`)}
            onChange={(behaviourId) => {
              update({ behaviourId });
            }}
          />
          <CheckboxGroup
            name={`${path}.functions`}
            legend="What the behaviour achieves for the person"
            hint="Choose all that the evidence shows."
            options={bspFunctions.map((value) => ({ value, label: bspFunctionLabels[value] }))}
            values={item.functions}
            error={b.errorFor(`${path}.functions`)}
            onChange={(functions) => {
              update({ functions });
            }}
          />
          <Textarea
            name={`${path}.whatItAchieves`}
            label="In words: what it achieves for them"
            value={item.whatItAchieves}
            error={b.errorFor(`${path}.whatItAchieves`)}
            onChange={(whatItAchieves) => {
              update({ whatItAchieves });
            }}
          />
          <Textarea
            name={`${path}.evidence`}
            label="The evidence"
            value={item.evidence}
            error={b.errorFor(`${path}.evidence`)}
            onChange={(evidence) => {
              update({ evidence });
            }}
          />
        </>
      )}
    />
  );
}

export function WarningFields({ b }: { b: BspBinding }) {
  return (
    <BspListFieldset
      heading={bspSectionTitles.secondaryStrategies}
      name="content.secondaryStrategies"
      hint={`The first signs that ${b.name} is becoming distressed, and what to do straight away.`}
      error={b.errorFor('content.secondaryStrategies')}
      itemName="Early warning sign"
      addLabel="Add an early warning sign"
      items={b.form.secondaryStrategies}
      max={20}
      newItem={newWarning}
      firstField="sign"
      onFocusRequest={b.focus}
      onChange={(secondaryStrategies) => {
        b.update((f) => ({ ...f, secondaryStrategies }));
      }}
      renderItem={(item, update, path) => (
        <>
          <TextInput
            name={`${path}.sign`}
            label="The sign"
            value={item.sign}
            error={b.errorFor(`${path}.sign`)}
            onChange={(sign) => {
              update({ sign });
            }}
          />
          <Textarea
            name={`${path}.whatToDo`}
            label="What to do"
            value={item.whatToDo}
            error={b.errorFor(`${path}.whatToDo`)}
            onChange={(whatToDo) => {
              update({ whatToDo });
            }}
          />
        </>
      )}
    />
  );
}
