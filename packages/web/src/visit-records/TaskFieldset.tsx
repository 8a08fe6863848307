// One planned task: done or not done, and when not done, why (declined, not needed, unable) with a note.
import { taskNotDoneReasonLabels, taskNotDoneReasons } from '@hearth/core';
import { Textarea } from '../components/fields';
import { Radios } from '../plan/Radios';
import type { TaskAnswer } from './visit-form-state';

interface Props {
  index: number;
  task: TaskAnswer;
  onChange: (task: TaskAnswer) => void;
  errorFor: (path: string) => string | undefined;
}

export function TaskFieldset({ index, task, onChange, errorFor }: Props) {
  const path = `content.tasks.${index}`;
  const whyNot = (
    <>
      <Radios
        name={`${path}.reason`}
        legend="Why was it not done?"
        value={task.reason}
        onChange={(reason) => {
          onChange({ ...task, reason });
        }}
        error={errorFor(`${path}.reason`)}
        options={taskNotDoneReasons.map((r) => ({ value: r, label: taskNotDoneReasonLabels[r] }))}
      />
      <Textarea
        name={`${path}.note`}
        label="Note (optional)"
        hint="For example what the person said, or what you did instead."
        value={task.note}
        onChange={(note) => {
          onChange({ ...task, note });
        }}
        error={errorFor(`${path}.note`)}
        rows={2}
      />
    </>
  );
  return (
    <div className="hearth-visit-task">
      <Radios
        name={`${path}.done`}
        legend={
          <>
            {task.time && <span className="nhsuk-u-secondary-text-colour">{task.time} </span>}
            {task.what}
          </>
        }
        value={task.done}
        onChange={(done) => {
          onChange({ ...task, done: done === 'done' ? 'done' : 'not_done' });
        }}
        error={errorFor(`${path}.done`)}
        options={[
          { value: 'done', label: 'Done' },
          { value: 'not_done', label: 'Not done', conditional: whyNot },
        ]}
      />
    </div>
  );
}
