import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { sectionDefinitionSchema } from '../section-definition.js';
import { toolkitSections } from './index.js';

const planOrder = [
  'one_page_profile',
  'visits_and_support',
  'communication_and_information',
  'health_and_wellbeing',
  'mental_capacity_and_consent',
  'medication',
  'mobility_and_falls',
  'personal_care',
  'nutrition_and_hydration',
  'skin_integrity',
  'sleep_and_night_time',
  'emotional_wellbeing_and_mental_health',
  'community_access_and_engagement',
  'culture_religion_identity_and_relationships',
  'finances',
  'safety_and_my_home',
  'advance_care_planning',
  'behaviour_support',
  'contingency_plans',
];

// The domain documents sit beside the repository (../shared), not inside it.
const toolkitPath = fileURLToPath(new URL('../../../../../../shared/domain/care-plan-toolkit.md', import.meta.url));
const toolkitText = existsSync(toolkitPath) ? readFileSync(toolkitPath, 'utf8') : null;

function section(key: string) {
  const found = toolkitSections.find((s) => s.key === key);
  if (!found) throw new Error(`No section ${key}`);
  return found;
}

function duplicates(keys: readonly string[]): string[] {
  return keys.filter((k, i) => keys.indexOf(k) !== i);
}

describe('toolkit sections', () => {
  test.each(toolkitSections.map((s) => [s.key, s] as const))('%s parses as a section definition', (_key, definition) => {
    expect(sectionDefinitionSchema.parse(definition)).toEqual(definition);
  });

  test('has every section of the plan, once each, in plan order', () => {
    const keys = toolkitSections.map((s) => s.key);
    expect(duplicates(keys)).toEqual([]);
    expect(keys).toEqual(planOrder);
  });

  test.each(toolkitSections.map((s) => [s.key, s] as const))(
    '%s: checklist, item and prompt keys are unique in their parent',
    (_key, s) => {
      expect(duplicates(s.checklists.map((c) => c.key))).toEqual([]);
      for (const checklist of s.checklists) expect(duplicates(checklist.items.map((i) => i.key)), checklist.key).toEqual([]);
      expect(duplicates(s.prompts.map((p) => p.key))).toEqual([]);
    },
  );

  test('the one-page profile asks the seven About Me questions and who supported the person to write it', () => {
    const prompts = section('one_page_profile').prompts.map((p) => p.key);
    expect(prompts).toEqual(
      expect.arrayContaining([
        'what_matters_to_me',
        'people_important_to_me',
        'how_i_communicate',
        'my_wellness',
        'please_do_and_please_dont',
        'how_and_when_to_support_me',
        'also_worth_knowing',
        'supported_to_write_this_by',
      ]),
    );
    const supportPrompt = section('one_page_profile').prompts.find((p) => p.key === 'how_and_when_to_support_me');
    expect(supportPrompt?.label).toMatch(/emergenc/i);
  });

  test('the contingency section asks for the trigger, what should happen and who to contact', () => {
    const prompts = section('contingency_plans').prompts.map((p) => p.key);
    expect(prompts).toEqual(expect.arrayContaining(['trigger_factors', 'what_should_happen', 'who_to_contact']));
  });

  test.each(toolkitSections.map((s) => [s.key, s.goodExample] as const))(
    '%s: the good example is in the first person',
    (_key, example) => {
      expect(example).toMatch(/\bI |\bmy |\bMy /);
    },
  );

  test.each(toolkitSections.map((s) => [s.key, s.source] as const))(
    '%s: the source is a toolkit page, a PRSB standard or a Hearth default',
    (_key, source) => {
      expect(source.startsWith('https://') || source.startsWith('Hearth default') || source.startsWith('PRSB')).toBe(true);
    },
  );

  test.skipIf(toolkitText === null)(
    `every URL in a source appears in the toolkit document (skipped when ${toolkitPath} is not beside the repository)`,
    () => {
      for (const s of toolkitSections) {
        const urls = s.source.match(/https:\/\/\S+/g) ?? [];
        if (s.source.startsWith('https://')) expect(urls, s.key).toEqual([s.source]);
        for (const url of urls) expect(toolkitText?.includes(url), `${s.key}: ${url}`).toBe(true);
      }
    },
  );
});
