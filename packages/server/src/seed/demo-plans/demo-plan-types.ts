// The shapes the demo plans are written in (as a plan form would send them) and the dates they are counted from.
import { addDays, type planContentSchema, type sectionContentSchema } from '@hearth/core';
import type { z } from 'zod';

/** A section as the section editor sends it: the schema fills in what is left out. */
export type DemoSection = z.input<typeof sectionContentSchema>;
export type DemoContent = z.input<typeof planContentSchema>;

/** Days counted from the seed day in England, as YYYY-MM-DD, so a fresh demo never starts with everything overdue. */
export interface DemoDays {
  today: string;
  ago(days: number): string;
  ahead(days: number): string;
}

export function demoDays(today: string): DemoDays {
  return { today, ago: (days) => addDays(today, -days), ahead: (days) => addDays(today, days) };
}
