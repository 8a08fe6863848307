// A visit record exactly as it was written: when, each task done or not (and why), food and drink, personal care,
// mood in the person's words, wellbeing and concerns with where each escalation stands.
import { ateChoiceLabels, taskNotDoneReasonLabels, type VisitRecord } from '@hearth/core';
import { SummaryList } from '../components/SummaryList';
import { formatDateTime } from '../format';
import { clockAt, EscalationStatusTag } from './visit-tags';

const notRecorded = 'Not recorded';

export function RecordDetails({ record, headingLevel = 2 }: { record: VisitRecord; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const { content } = record;
  const food = content.foodAndFluid;
  return (
    <div className="hearth-visit-record">
      <SummaryList
        rows={[
          { key: record.kind === 'shift' ? 'Shift' : 'Visit', value: `${record.visitLabel ?? 'Not named'}${record.plannedFor ? `, planned for ${clockAt(record.plannedFor)}` : ''}` },
          { key: 'Arrived', value: formatDateTime(record.arrivedAt) },
          { key: 'Left', value: record.leftAt ? formatDateTime(record.leftAt) : notRecorded },
          { key: 'Recorded by', value: `${record.recordedBy.name}, ${formatDateTime(record.recordedAt)}` },
        ]}
      />

      <H className="nhsuk-heading-s">Tasks</H>
      {content.tasks.length === 0 ? (
        <p className="nhsuk-body">No tasks from the plan were recorded.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {content.tasks.map((t) => (
            <li key={t.stepId}>
              <strong>{t.done ? 'Done' : `Not done: ${t.reason ? taskNotDoneReasonLabels[t.reason].toLowerCase() : 'no reason given'}`}</strong> – {t.what}
              {t.note && <span className="nhsuk-u-secondary-text-colour hearth-pre-wrap"> ({t.note})</span>}
            </li>
          ))}
        </ul>
      )}

      <H className="nhsuk-heading-s">Food and drink</H>
      <SummaryList
        rows={[
          { key: 'Ate', value: food.ate ? ateChoiceLabels[food.ate] : notRecorded },
          { key: 'Drank', value: food.drankMl !== null ? `${food.drankMl} ml` : notRecorded },
          ...(food.notes ? [{ key: 'Notes', value: food.notes, preWrap: true }] : []),
        ]}
      />

      <H className="nhsuk-heading-s">How they are</H>
      <SummaryList
        rows={[
          { key: 'Personal care', value: content.personalCare ?? notRecorded, preWrap: true },
          { key: 'Mood, in their words', value: content.mood ? <span className="hearth-visit-quote">{content.mood}</span> : notRecorded, preWrap: true },
          { key: 'Wellbeing', value: content.wellbeing ?? notRecorded, preWrap: true },
        ]}
      />

      <H className="nhsuk-heading-s">Concerns</H>
      {content.concerns.length === 0 ? (
        <p className="nhsuk-body">None recorded.</p>
      ) : (
        <ul className="nhsuk-list">
          {content.concerns.map((c, i) => {
            const escalation = c.escalate ? record.escalations.find((e) => e.concern === c.text) : undefined;
            return (
              <li key={i}>
                <span className="hearth-pre-wrap">{c.text}</span>{' '}
                {escalation ? (
                  <>
                    <span className="nhsuk-u-secondary-text-colour">Escalated to the senior on duty: </span>
                    <EscalationStatusTag status={escalation.status} />
                  </>
                ) : (
                  <span className="nhsuk-u-secondary-text-colour">(not escalated)</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
