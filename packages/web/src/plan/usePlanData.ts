// Loads what every plan page needs: the toolkit's section definitions and the person's plan.
import { useCallback, useEffect, useState } from 'react';
import type { CarePlan, SectionDefinition } from '@hearth/core';
import { getCarePlan, listPlanSections } from '../api/care-plan';
import { isApiError } from '../api/client';

export type PlanData =
  { kind: 'loading' } | { kind: 'ready'; sections: SectionDefinition[]; plan: CarePlan } | { kind: 'failed'; message: string };

export function usePlanData(personId: string): { data: PlanData; reload: () => Promise<CarePlan | null> } {
  const [data, setData] = useState<PlanData>({ kind: 'loading' });

  const reload = useCallback(async (): Promise<CarePlan | null> => {
    try {
      const [sections, plan] = await Promise.all([listPlanSections(), getCarePlan(personId)]);
      setData({ kind: 'ready', sections, plan });
      return plan;
    } catch (error) {
      setData({
        kind: 'failed',
        message: isApiError(error) ? (error.problem.detail ?? error.problem.title) : 'Something went wrong.',
      });
      return null;
    }
  }, [personId]);

  useEffect(() => {
    setData({ kind: 'loading' });
    void reload();
  }, [reload]);

  return { data, reload };
}
