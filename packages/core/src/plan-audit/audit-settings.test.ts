import { describe, expect, test } from 'vitest';
import { auditConfigOverridesSchema, effectiveAuditConfig, onlyChanges, saveAuditSettingsBodySchema, unknownRuleErrors } from './audit-settings.js';
import { defaultAuditConfig } from './config.js';

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('a provider’s plan-audit settings', () => {
  test('no changes means the defaults, with the service’s review interval on top', () => {
    expect(effectiveAuditConfig({})).toEqual(defaultAuditConfig);
    expect(effectiveAuditConfig({}, 90).reviewIntervalDays).toBe(90);
    expect(effectiveAuditConfig({ reviewIntervalDays: 120 }, 90).reviewIntervalDays).toBe(90);
  });

  test('a change replaces that setting only', () => {
    const config = effectiveAuditConfig({ vaguePhrases: ['as required', 'now and then'], minStepWords: 5 });
    expect(config.vaguePhrases).toEqual(['as required', 'now and then']);
    expect(config.minStepWords).toBe(5);
    expect(config.subjectiveTerms).toEqual(defaultAuditConfig.subjectiveTerms);
  });

  test('settings put back to the default stop being changes', () => {
    expect(onlyChanges({ minStepWords: defaultAuditConfig.minStepWords, templateSimilarity: 0.8, vaguePhrases: [...defaultAuditConfig.vaguePhrases] }))
      .toEqual({ templateSimilarity: 0.8 });
  });

  test.each([
    [{ minStepWords: 0 }, 'minStepWords'],
    [{ templateSimilarity: 2 }, 'templateSimilarity'],
    [{ vaguePhrases: ['ok', ' '] }, 'vaguePhrases.1'],
    [{ firstPlanWithinDays: 1.5 }, 'firstPlanWithinDays'],
    [{ severityOverrides: { B12: 'serious' } }, 'severityOverrides.B12'],
    [{ somethingElse: true }, ''],
  ])('%o is refused', (overrides, path) => {
    const result = auditConfigOverridesSchema.safeParse(overrides);
    expect(result.success).toBe(false);
    expect(issues(result).some((i) => i.startsWith(`${path}:`))).toBe(true);
  });

  test('saving needs a reason and the version it started from', () => {
    expect(issues(saveAuditSettingsBodySchema.safeParse({ overrides: {}, reason: ' ' }))).toEqual([
      'reason: Enter why the settings are changing',
      'latestVersion: Reload the settings and try again',
    ]);
    expect(saveAuditSettingsBodySchema.parse({ overrides: { minStepWords: 4 }, reason: 'Steps were too thin', latestVersion: 0 }).overrides).toEqual({ minStepWords: 4 });
  });

  test.each([
    [{ disabledRules: ['B12', 'Z99'] }, ['overrides.disabledRules: There is no rule Z99']],
    [{ severityOverrides: { B11: 'fail' as const, Q1: 'warn' as const } }, ['overrides.severityOverrides.Q1: There is no rule Q1']],
    [{ disabledRules: ['B12'], severityOverrides: { B11: 'fail' as const } }, []],
  ])('rule ids are checked: %o', (overrides, expected) => {
    expect(unknownRuleErrors(overrides, ['B11', 'B12']).map((e) => `${e.field}: ${e.message}`)).toEqual(expected);
  });
});
