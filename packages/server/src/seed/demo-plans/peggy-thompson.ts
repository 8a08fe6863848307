// Peggy Thompson's plan as the demo holds it: version 1 written with her before her service started, and
// version 2 after a fall in her kitchen, with a walking frame, a pendant alarm and exercises added. Invented for the demo.
import type { DemoContent, DemoDays } from './demo-plan-types.js';
import { peggyMedication, peggyNutrition, peggyPersonalCare, peggyProfile, peggySleep, peggyVisits, type PeggyStage } from './peggy-thompson-daily.js';
import { peggyCapacity, peggyCommunication, peggyCommunity, peggyFaithAndMoney, peggyHealth, peggyMobility, peggySkin, peggyWellbeing } from './peggy-thompson-health.js';
import { peggyEndOfLifeAndContingency, peggySafety } from './peggy-thompson-safety.js';

export const peggyLegalName = 'Margaret Ellen Thompson';
/** Her first plan was written three days before her service started on 2024-09-02, as the toolkit asks. */
export const peggyFirstPlanOn = '2024-08-30';

export interface PeggyTimeline {
  firstWrittenOn: string;
  fellOn: string;
  reviewStartedOn: string;
  secondWrittenOn: string;
  secondAgreedOn: string;
}

export function peggyTimeline(days: DemoDays): PeggyTimeline {
  return { firstWrittenOn: peggyFirstPlanOn, fellOn: days.ago(26), reviewStartedOn: days.ago(25), secondWrittenOn: days.ago(23), secondAgreedOn: days.ago(21) };
}

function content(s: PeggyStage): DemoContent {
  return {
    writtenInFirstPerson: true,
    involvement: [
      { kind: 'person', name: 'Peggy Thompson', relationship: null, how: 'in_person', date: s.writtenOn },
      { kind: 'family', name: 'David Thompson', relationship: 'Son', how: s.afterFall ? 'phone' : 'in_person', date: s.writtenOn },
      { kind: 'staff', name: 'Sam Okafor', relationship: 'Senior care worker', how: 'in_person', date: s.writtenOn },
      ...(s.afterFall ? [{ kind: 'professional' as const, name: 'Priya Shah', relationship: 'Physiotherapist, community falls service', how: 'in_writing' as const, date: s.writtenOn }] : []),
    ],
    sections: [
      peggyProfile(s),
      peggyVisits(s),
      peggyCommunication(),
      peggyHealth(s),
      peggyCapacity(),
      peggyMedication(s),
      peggyMobility(s),
      peggyPersonalCare(s),
      peggyNutrition(s),
      peggySkin(),
      peggySleep(),
      peggyWellbeing(),
      peggyCommunity(s),
      ...peggyFaithAndMoney(),
      peggySafety(s),
      ...peggyEndOfLifeAndContingency(),
    ],
  };
}

export function peggyVersion1(days: DemoDays): DemoContent {
  const t = peggyTimeline(days);
  return content({ afterFall: false, writtenOn: t.firstWrittenOn, firstWrittenOn: t.firstWrittenOn, fellOn: t.fellOn, days });
}

export function peggyVersion2(days: DemoDays): DemoContent {
  const t = peggyTimeline(days);
  return content({ afterFall: true, writtenOn: t.secondWrittenOn, firstWrittenOn: t.firstWrittenOn, fellOn: t.fellOn, days });
}

export const peggyFallNote = 'Peggy slipped in the kitchen reaching for the kettle. No bones broken; the GP saw her the next day and referred her to the falls service.';
export const peggyVersion2Reason = 'Reviewed with Peggy and David after her fall in the kitchen: walking frame and pendant alarm added, kettle tipper for her tea, strength and balance exercises at the tea visit.';
