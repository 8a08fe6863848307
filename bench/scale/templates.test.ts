import { abcRecordViewSchema, visitRecordContentSchema } from '@hearth/core';
import { describe, expect, test } from 'vitest';
import { abcBodyTemplates } from './abc-templates.js';
import { maxTemplateTasks, visitContentTemplates } from './visit-templates.js';

describe('the visit record templates seeded for a year of records', () => {
  const templates = visitContentTemplates(200);

  test('are stored in the shape the server stores a checked record, so reading them back parses to the same', () => {
    for (const t of templates) expect(visitRecordContentSchema.parse(JSON.parse(JSON.stringify(t)))).toEqual(t);
  });

  test('are compact, vary, and raise no escalation (which would need a row of its own)', () => {
    expect(templates.every((t) => t.tasks.length >= 1 && t.tasks.length <= maxTemplateTasks)).toBe(true);
    expect(templates.every((t) => t.concerns.every((c) => !c.escalate))).toBe(true);
    expect(Math.max(...templates.map((t) => JSON.stringify(t).length))).toBeLessThan(1500);
    expect(new Set(templates.map((t) => JSON.stringify(t))).size).toBe(templates.length);
  });

  test('are the same on every run', () => {
    expect(visitContentTemplates(3)).toEqual(templates.slice(0, 3));
  });
});

describe('the ABC record bodies', () => {
  test('read back through the view the server answers with', () => {
    for (const body of abcBodyTemplates(40)) {
      const view = abcRecordViewSchema.parse({
        ...body,
        id: '6f1c9a8e-2b4d-4c1e-9f3a-7d5b8e2c1a90',
        clientId: '0d6f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
        personId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        serviceId: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
        occurredAt: '2026-11-20T16:30:00.000Z',
        behaviour: 'Shouting at staff',
        intensity: 3,
        durationMinutes: 20,
        restrictiveInterventionUsed: false,
        supersedes: null,
        supersedeReason: null,
        supersededBy: null,
        current: true,
        recordedBy: { id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', name: 'Bench Care Worker 1' },
        recordedAt: '2026-11-20T17:00:00.000Z',
      });
      expect(view.antecedent).toEqual(body.antecedent);
    }
  });
});
