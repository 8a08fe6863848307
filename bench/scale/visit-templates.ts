// Compact daily-record content for the year of visit records the scale benchmark seeds: varied like a phone's
// records (bench/visit-content.ts) but with at most three tasks and no escalated concern (an escalation needs a
// row of its own), and stored exactly as the server stores a record it has checked.
import { visitRecordContentSchema, type VisitRecordContent } from '@hearth/core';
import { seededRandom } from '../plan-content.js';
import { buildVisitBody } from '../visit-content.js';

export const maxTemplateTasks = 3;

/** `count` different contents, the same on every run. */
export function visitContentTemplates(count: number): VisitRecordContent[] {
  return Array.from({ length: count }, (_, n) => {
    const random = seededRandom(70_000 + n);
    // index 0 never escalates; the client id and clock do not reach the content.
    const body = buildVisitBody(random, { kind: 'visit', index: 0, clientId: '00000000-0000-4000-8000-000000000000', now: new Date(0) });
    const content = body.content as VisitRecordContent;
    return visitRecordContentSchema.parse({
      ...content,
      tasks: content.tasks.slice(0, maxTemplateTasks),
      concerns: content.concerns.map((c) => ({ ...c, escalate: false })),
    });
  });
}
