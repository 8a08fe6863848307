// Which of a plan's steps belong to "now": a time within two hours either side of the clock, or no time but a
// "when" that names this part of the day (morning, lunch, bedtime …). Pure, so the clock is passed in.
// Also which assessed risks a care worker must know about at every visit.
import type { SectionContent } from './plan-content.js';
import { currentRiskRating, defaultRiskBanding, type GeneralRiskAssessment, type RiskBanding, type RiskRating } from './risk/general-risk.js';

export interface TimedStep {
  when: string;
  time: string | null;
}

interface PartOfDay {
  words: RegExp;
  /** Hours of the day (0-23) this part covers; may wrap past midnight. */
  from: number;
  to: number;
  /** Where an untimed step of this part goes in the whole day. */
  usualMinute: number;
}

const partsOfDay: PartOfDay[] = [
  { words: /\b(morning|breakfast|wake|waking|get(ting)? up)\b/, from: 5, to: 11, usualMinute: 8 * 60 },
  { words: /\b(lunch|lunchtime|midday|noon)\b/, from: 11, to: 14, usualMinute: 12 * 60 + 30 },
  { words: /\b(afternoon)\b/, from: 12, to: 17, usualMinute: 15 * 60 },
  { words: /\b(tea|teatime|tea-time)\b/, from: 16, to: 19, usualMinute: 17 * 60 },
  { words: /\b(evening|supper)\b/, from: 17, to: 22, usualMinute: 19 * 60 },
  { words: /\b(bed|bedtime|bed-time)\b/, from: 20, to: 24, usualMinute: 21 * 60 + 30 },
  { words: /\b(night|overnight|night-time)\b/, from: 22, to: 30, usualMinute: 23 * 60 },
];

const windowMinutes = 120;
const minutesInDay = 24 * 60;

export function minutesOf(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

function partsFor(when: string): PartOfDay[] {
  const words = when.toLowerCase();
  return partsOfDay.filter((p) => p.words.test(words));
}

function isInPart(part: PartOfDay, hour: number): boolean {
  return (hour >= part.from && hour < part.to) || (hour + 24 >= part.from && hour + 24 < part.to);
}

/** Whether a step is for now: its time within two hours of the clock (across midnight too), or its "when" names now. */
export function isForNow(step: TimedStep, nowMinutes: number): boolean {
  const minutes = step.time === null ? null : minutesOf(step.time);
  if (minutes !== null) {
    const apart = Math.abs(minutes - nowMinutes);
    return Math.min(apart, minutesInDay - apart) <= windowMinutes;
  }
  const hour = Math.floor(nowMinutes / 60);
  return partsFor(step.when).some((p) => isInPart(p, hour));
}

/** The minute of the day a step happens, for ordering: its time, else the usual time of its part of the day. */
export function sortMinute(step: TimedStep): number {
  const minutes = step.time === null ? null : minutesOf(step.time);
  if (minutes !== null) return minutes;
  return partsFor(step.when)[0]?.usualMinute ?? minutesInDay;
}

export function inDayOrder<T>(items: readonly T[], stepOf: (item: T) => TimedStep): T[] {
  return [...items].sort((a, b) => sortMinute(stepOf(a)) - sortMinute(stepOf(b)));
}

export function minutesNow(now: Date): number {
  return now.getHours() * 60 + now.getMinutes();
}

export interface KeyRiskAssessment {
  sectionKey: string;
  assessment: GeneralRiskAssessment;
  /** After controls when recorded, otherwise before them. */
  rating: RiskRating;
}

/** General risk assessments whose current rating is high or very high, highest first; sections that do not apply are left out. */
export function keyRiskAssessments(sections: readonly SectionContent[], banding: RiskBanding = defaultRiskBanding): KeyRiskAssessment[] {
  return sections
    .flatMap((s) =>
      s.notApplicable ? [] : s.riskAssessments.general.map((assessment) => ({ sectionKey: s.sectionKey, assessment, rating: currentRiskRating(assessment, banding) })),
    )
    .filter((k) => k.rating.band === 'high' || k.rating.band === 'very_high')
    .sort((a, b) => b.rating.score - a.rating.score);
}
