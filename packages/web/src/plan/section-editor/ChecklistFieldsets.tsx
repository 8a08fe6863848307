// The section's checklists: the support the person needs with each item, with an optional note and a way to clear it.
import { supportLevelLabels, supportLevels } from '@hearth/core';
import { TextInput } from '../../components/fields';
import { Radios } from '../Radios';
import { checklistFieldKey, type SectionForm } from '../section-form';
import type { SectionFieldsetProps } from './fieldset-props';
import { fieldFindings } from '../quality/FieldFindings';

type ChecklistAnswer = SectionForm['checklist'][string];

const levelOptions = supportLevels.map((level) => ({ value: level, label: supportLevelLabels[level] }));

export function ChecklistFieldsets({ definition, form, setForm, errorFor, onFocusRequest }: SectionFieldsetProps) {
  const setChecklist = (key: string, patch: Partial<ChecklistAnswer>) => {
    setForm((f) => ({ ...f, checklist: { ...f.checklist, [key]: { level: '', note: '', ...f.checklist[key], ...patch } } }));
  };

  return (
    <>
      {definition.checklists.map((checklist) => (
        <div className="hearth-section" key={checklist.key}>
          <h2 className="nhsuk-heading-m">{checklist.title}</h2>
          <p className="nhsuk-hint">Choose the support I need with each. Leave any that do not come up.</p>
          {checklist.items.map((item) => {
            const key = checklistFieldKey(checklist.key, item.key);
            const answer = form.checklist[key];
            const name = `checklist.${key}`;
            return (
              <div className="hearth-checklist-item" key={key}>
                <Radios
                  name={name}
                  legend={item.label}
                  small
                  options={levelOptions}
                  value={answer?.level ?? ''}
                  onChange={(level) => {
                    setChecklist(key, { level: level as ChecklistAnswer['level'] });
                  }}
                  error={errorFor(name)}
                >
                  {answer && answer.level !== '' && (
                    <>
                      <TextInput
                        name={`${name}.note`}
                        label={
                          <>
                            Note (optional)<span className="nhsuk-u-visually-hidden">: {item.label}</span>
                          </>
                        }
                        value={answer.note}
                        onChange={(note) => {
                          setChecklist(key, { note });
                        }}
                        error={errorFor(`${name}.note`)}
                        advice={fieldFindings(`${name}.note`)}
                      />
                      <button
                        type="button"
                        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                        onClick={() => {
                          setChecklist(key, { level: '', note: '' });
                          onFocusRequest(name.replace(/\./g, '-'));
                        }}
                      >
                        Clear the answer<span className="nhsuk-u-visually-hidden"> to {item.label}</span>
                      </button>
                    </>
                  )}
                </Radios>
              </div>
            );
          })}
        </div>
      ))}
    </>
  );
}
