// The shared parts of a person's record, each under its heading: how they want information, the plan sections,
// capacity and legal authority, behaviour support, and daily records of visits.
import type { SharedBlock, SharedRecordView } from '@hearth/core';
import { formatDate } from '../format';
import { SharedBehaviourSupport } from './SharedBehaviourSupport';
import { SharedCapacity } from './SharedCapacity';

function Blocks({ blocks }: { blocks: SharedBlock[] }) {
  return (
    <>
      {blocks.map((block, i) => (
        <div key={`${block.heading}-${i}`}>
          <h4 className="nhsuk-heading-xs">{block.heading}</h4>
          {block.lines.map((line, j) => (
            <p key={j} className="nhsuk-body">
              {line}
            </p>
          ))}
        </div>
      ))}
    </>
  );
}

export function SharedRecordParts({ view }: { view: SharedRecordView }) {
  const sharesPlan = view.parts.some((p) => p !== 'daily_records');
  return (
    <>
      {view.person.communicationNeeds && view.person.communicationNeeds.length > 0 && (
        <section aria-labelledby="shared-needs">
          <h2 id="shared-needs" className="nhsuk-heading-m">How I want information</h2>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {view.person.communicationNeeds.map((need) => (
              <li key={need}>{need}</li>
            ))}
          </ul>
        </section>
      )}
      {sharesPlan && (
        <section aria-labelledby="shared-plan">
          <h2 id="shared-plan" className="nhsuk-heading-l">Care and support plan</h2>
          {view.plan === null ? (
            <p className="nhsuk-body">There is no agreed plan yet.</p>
          ) : (
            <p className="nhsuk-body">
              Plan version {view.plan.version}
              {view.plan.agreedOn ? `, agreed on ${formatDate(view.plan.agreedOn)}` : ''}.
            </p>
          )}
          {view.planSections.map((section) => (
            <section key={section.key} aria-labelledby={`section-${section.key}`} className="hearth-shared-section">
              <h3 id={`section-${section.key}`} className="nhsuk-heading-m">{section.title}</h3>
              {section.blocks.length === 0 ? <p className="nhsuk-body">Not written yet.</p> : <Blocks blocks={section.blocks} />}
            </section>
          ))}
        </section>
      )}
      <SharedCapacity entries={view.capacity} />
      <SharedBehaviourSupport view={view.behaviourSupport} />
      {view.dailyRecords !== null && (
        <section aria-labelledby="shared-daily">
          <h2 id="shared-daily" className="nhsuk-heading-l">Daily records of visits</h2>
          {view.dailyRecords.length === 0 && <p className="nhsuk-body">No visits recorded in the last month.</p>}
          {view.dailyRecords.map((record) => (
            <section key={record.id} aria-labelledby={`record-${record.id}`} className="hearth-shared-section">
              <h3 id={`record-${record.id}`} className="nhsuk-heading-m">{record.title}</h3>
              <p className="nhsuk-body-s">Recorded by {record.recordedByName}</p>
              <Blocks blocks={record.blocks} />
            </section>
          ))}
        </section>
      )}
    </>
  );
}
