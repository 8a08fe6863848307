// Who made a sharing decision (the person, or someone with legal authority for them, naming it) and the reason in
// the person's words. Used by the decision form and the stop-sharing form, each with its own field prefix.
import { sharingDeciderLabels, sharingDeciders } from '@hearth/core';
import type { ReactNode } from 'react';
import { Textarea } from '../components/fields';
import { Radios } from '../plan/Radios';
import type { DeciderFields as DeciderValues } from './sharing-form';

interface Props {
  /** Prefix of the field names, such as "stop"; empty for none. */
  prefix: string;
  name: string;
  form: DeciderValues;
  set: (patch: Partial<DeciderValues>) => void;
  errorFor: (path: string) => string | undefined;
  reasonLabel: string;
  reasonHint: string;
  /** What a decision made for the person rests on, asked before the words about who decided. */
  authorityChoices?: ReactNode;
}

export function DeciderFields({ prefix, name, form, set, errorFor, reasonLabel, reasonHint, authorityChoices }: Props) {
  const path = (field: string) => (prefix ? `${prefix}.${field}` : field);
  return (
    <>
      <Radios
        name={path('decidedBy')}
        legend="Who made this decision?"
        hint={`${name} decides unless they lack capacity for this decision and someone holds legal authority for it.`}
        value={form.decidedBy}
        onChange={(v) => {
          set({ decidedBy: v });
        }}
        error={errorFor(path('decidedBy'))}
        options={sharingDeciders.map((d) => ({
          value: d,
          label: d === 'person' ? `${name} decided` : sharingDeciderLabels[d],
          ...(d === 'legal_authority'
            ? {
                conditional: (
                  <>
                    {authorityChoices}
                    <Textarea
                      name={path('authorityDetail')}
                      label="Who decided, and on what authority (optional)"
                      hint={
                        authorityChoices
                          ? 'Anything more about who decided and how, for example that their attorney told you by phone'
                          : 'For example, their health and welfare attorney, and the capacity assessment and best-interests decision this rests on'
                      }
                      value={form.authorityDetail}
                      onChange={(v) => {
                        set({ authorityDetail: v });
                      }}
                      error={errorFor(path('authorityDetail'))}
                    />
                  </>
                ),
              }
            : {}),
        }))}
      />
      <Textarea
        name={path('reason')}
        label={reasonLabel}
        hint={reasonHint}
        value={form.reason}
        onChange={(v) => {
          set({ reason: v });
        }}
        error={errorFor(path('reason'))}
      />
    </>
  );
}
