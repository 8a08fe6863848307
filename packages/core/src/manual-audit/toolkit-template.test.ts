import { describe, expect, test } from 'vitest';
import { toolkitSections } from '../care-plan/sections/index.js';
import type { SectionDefinition } from '../care-plan/section-definition.js';
import { auditTemplateContentSchema, templateContentErrors } from './template.js';
import { toolkitTemplate } from './toolkit-template.js';

describe('the toolkit checklist template', () => {
  const template = toolkitTemplate();

  test('asks one question per toolkit section, in plan order, each pointing at its section', () => {
    expect(template.key).toBe('toolkit');
    expect(template.version).toBe(1);
    expect(template.questions.map((q) => q.id)).toEqual(toolkitSections.map((s) => s.key));
    expect(template.questions.map((q) => q.sectionKey)).toEqual(toolkitSections.map((s) => s.key));
  });

  test('is a valid template: it passes the same schema and rules as a provider’s', () => {
    expect(auditTemplateContentSchema.parse(template)).toMatchObject({ title: template.title, questions: template.questions });
    expect(templateContentErrors(template)).toEqual([]);
  });

  test.each(toolkitSections.map((s) => [s.key, s] as const))('the %s question is built from its definition', (_key, section) => {
    const question = template.questions.find((q) => q.id === section.key)!;
    expect(question.text).toContain(`“${section.title}”`);
    expect(question.guidance).toContain(section.purpose);
    for (const item of section.checklists.flatMap((c) => c.items)) expect(question.guidance).toContain(item.label);
    for (const prompt of section.prompts) expect(question.guidance).toContain(prompt.label);
  });

  test('follows the section data: a changed definition changes the question', () => {
    const section: SectionDefinition = { ...toolkitSections[0]!, key: 'garden', title: 'My garden', purpose: 'What I grow.', checklists: [], prompts: [] };
    const [question] = toolkitTemplate([section]).questions;
    expect(question).toEqual({
      id: 'garden', sectionKey: 'garden', cqcStatement: null, guidance: 'What it is for: What I grow.',
      text: 'Does “My garden” cover what the toolkit asks of it, in the person’s words and in enough detail to give the support?',
    });
  });
});
