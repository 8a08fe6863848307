// Which part of the plan a comment or an attached file is about: a section, or the plan as a whole.
import type { SectionDefinition } from '@hearth/core';
import { Select } from '../../components/fields';

interface SectionChoiceProps {
  name: string;
  label: string;
  value: string;
  onChange: (sectionKey: string) => void;
  sections: SectionDefinition[];
  error: string | undefined;
}

/** Which section a comment or file is about; "" is the plan as a whole. */
export function SectionChoice({ sections, ...props }: SectionChoiceProps) {
  return (
    <Select
      {...props}
      options={[{ value: '', label: 'The plan as a whole' }, ...sections.map((s) => ({ value: s.key, label: s.title }))]}
    />
  );
}
