// Running the plan-quality audit in the browser: over a saved draft (draft and agree pages), or, in the section
// editor, over the draft with the section's form as typed, a moment after the author stops typing.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  noRiskAssessments,
  sectionContentSchema,
  type AuditResult,
  type CarePlan,
  type PlanContent,
  type SaveDraftBody,
  type SectionContent,
  type SectionDefinition,
} from '@hearth/core';
import { usePerson } from '../../people/PersonLayout';
import { sectionBodyFrom, type SectionForm } from '../section-form';
import { draftWithSection } from '../section-editor/draft-with-section';
import { createFindingsStore, type FindingsStore } from './findings-store';
import { auditSafely, draftAuditInput, englandDate } from './plan-audit-input';
import { sectionQualityView } from './section-findings';
import { useAuditConfig } from './useAuditConfig';

/** Long enough not to run between keystrokes; one audit takes a few milliseconds. */
export const auditDelayMs = 300;

/** The audit of a draft's content as saved. */
export function usePlanAudit(
  plan: CarePlan,
  content: PlanContent,
  definitions: readonly SectionDefinition[],
): AuditResult | null {
  const { person } = usePerson();
  const config = useAuditConfig();
  return useMemo(
    () => auditSafely(draftAuditInput({ plan, content, person, definitions, today: englandDate(new Date()) }), config),
    [plan, content, person, definitions, config],
  );
}

/**
 * The section as typed, for the audit: as the schema reads it where the form is valid, else as typed (a half-written
 * step still has its words checked), with nothing the rules read left missing.
 */
export function sectionAsTyped(definition: SectionDefinition, form: SectionForm) {
  const body = sectionBodyFrom(definition, form);
  if (body.isEmpty) return { body, section: null };
  const parsed = sectionContentSchema.safeParse(body.input);
  if (parsed.success) return { body, section: parsed.data };
  const blank: SectionContent = {
    sectionKey: definition.key,
    notApplicable: null,
    checklist: [],
    answers: [],
    strengths: null,
    needs: null,
    outcomes: [],
    steps: [],
    risks: [],
    equipment: [],
    riskAssessments: noRiskAssessments(),
    medicationSupportLevel: null,
    nextReviewDate: null,
  };
  // Same shape, same order of items (so the same paths); only the checks on the values are skipped.
  return { body, section: { ...blank, ...body.input } };
}

interface SectionAuditSource {
  definition: SectionDefinition;
  definitions: readonly SectionDefinition[];
  plan: CarePlan;
  base: SaveDraftBody;
  form: SectionForm;
}

/** A store of the section's findings, audited at once on opening and again after each pause in typing. */
export function useSectionAudit({ definition, definitions, plan, base, form }: SectionAuditSource): FindingsStore {
  const { person } = usePerson();
  const config = useAuditConfig();
  const [store] = useState(createFindingsStore);
  const hasRun = useRef(false);

  useEffect(() => {
    const run = () => {
      hasRun.current = true;
      const { body, section } = sectionAsTyped(definition, form);
      const content = draftWithSection(base, definition.key, section).body.content;
      const result = auditSafely(draftAuditInput({ plan, content, person, definitions, today: englandDate(new Date()) }), config);
      if (!result) return;
      store.publish(
        sectionQualityView(result, {
          sectionKey: definition.key,
          index: content.sections.findIndex((s) => s.sectionKey === definition.key),
          fieldFor: body.fieldFor,
          fieldsShown: !form.notApplicable,
        }),
      );
    };
    const timer = setTimeout(run, hasRun.current ? auditDelayMs : 0);
    return () => {
      clearTimeout(timer);
    };
  }, [store, definition, definitions, plan, base, form, person, config]);

  return store;
}
