// The five parts of the record as NHS checkboxes, each with a hint saying what it holds; ticking none is a decision
// to share nothing.
import { recordPartHints, recordPartLabels, recordParts, type RecordPart } from '@hearth/core';
import type { ReactNode } from 'react';
import { CheckboxGroup } from '../components/CheckboxGroup';

interface Props {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  values: readonly RecordPart[];
  onChange: (values: RecordPart[]) => void;
}

const options = recordParts.map((part) => ({ value: part, label: recordPartLabels[part], hint: recordPartHints[part] }));

export function PartsCheckboxes(props: Props) {
  return <CheckboxGroup {...props} options={options} />;
}
