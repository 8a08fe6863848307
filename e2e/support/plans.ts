// Plans made through the API for browser tests that need one to exist: thin on purpose, so the audit has findings.
import type { ApiSession } from './api.js';
import { createPersonByApi } from './people.js';

interface SectionDefinition {
  key: string;
  checklists: { key: string; items: { key: string }[] }[];
  prompts: { key: string }[];
}

/**
 * Adds a person to the service and agrees a one-section plan for them, signed on screen with their involvement
 * recorded (agreeing audits it); with `putIntoUse`, the version is then put into use. Returns the person's id.
 */
export async function personWithThinAgreedPlan(
  senior: ApiSession,
  personName: string,
  serviceName: string,
  options: { strengths?: string; putIntoUse?: boolean } = {},
): Promise<string> {
  const definitions = await senior.get<SectionDefinition[]>('/api/care-plan-sections');
  const section = definitions.find((d) => d.checklists.length > 0 && d.prompts.length > 0);
  if (!section) throw new Error('No section with a checklist and a prompt');
  const personId = (await createPersonByApi(senior, personName, serviceName)).id;
  const base = `/api/people/${personId}/care-plan`;
  const draft = await senior.put<{ revision: number }>(`${base}/draft`, {
    revision: null,
    reason: null,
    content: {
      writtenInFirstPerson: true,
      involvement: [{ kind: 'person', name: personName, relationship: null, how: 'in_person', date: '2026-11-20' }],
      sections: [{
        sectionKey: section.key,
        checklist: [{ checklistKey: section.checklists[0]!.key, itemKey: section.checklists[0]!.items[0]!.key, level: 'some_support', note: null }],
        answers: [{ promptKey: section.prompts[0]!.key, text: 'I like to take my time in the morning' }],
        ...(options.strengths === undefined ? {} : { strengths: options.strengths }),
      }],
    },
  });
  const agreed = await senior.post<{ version: number }>(`${base}/draft/agree`, {
    revision: draft.revision,
    agreement: { method: 'signed_on_screen', agreedBy: personName, date: '2026-11-20', witness: null, authority: null, bestInterestsDecision: null },
  });
  if (options.putIntoUse === true) await senior.post(`${base}/versions/${agreed.version}/start-use`);
  return personId;
}
