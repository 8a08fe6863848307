import { randomUUID } from 'node:crypto';
import { createVisitRecordBodySchema, recordTimeErrors } from '@hearth/core';
import { describe, expect, test } from 'vitest';
import { seededRandom } from './plan-content.js';
import { buildVisitBody, hasEscalation, isSentTwice, storageProblems } from './visit-content.js';

const now = new Date('2026-11-23T15:00:00Z');
const bodies = (kind: 'visit' | 'shift', count: number) => {
  const random = seededRandom(kind === 'visit' ? 1 : 2);
  return Array.from({ length: count }, (_, index) => buildVisitBody(random, { kind, index, clientId: randomUUID(), now }));
};

describe('visit bodies', () => {
  test.each(['visit', 'shift'] as const)('every %s body is one the API accepts, with arrival and leaving before now', (kind) => {
    for (const body of bodies(kind, 300)) {
      const parsed = createVisitRecordBodySchema.parse(body);
      expect(parsed.kind).toBe(kind);
      expect(recordTimeErrors(parsed, now, 0)).toEqual([]);
      expect(Date.parse(parsed.arrivedAt)).toBeLessThan(Date.parse(parsed.leftAt ?? ''));
    }
  });

  test('each has 3 to 6 tasks, exactly one not done and with its reason, and the mood in the person\u2019s words', () => {
    const all = bodies('visit', 500).map((b) => createVisitRecordBodySchema.parse(b));
    const counts = new Set(all.map((b) => b.content.tasks.length));
    expect([...counts].sort()).toEqual([3, 4, 5, 6]);
    for (const body of all) {
      const notDone = body.content.tasks.filter((t) => !t.done);
      expect(notDone).toHaveLength(1);
      expect(notDone[0]?.reason).not.toBeNull();
      expect(body.content.mood).toMatch(/^\u201c.+\u201d$/);
      expect(body.content.foodAndFluid.drankMl).toBeGreaterThan(0);
    }
  });

  test('exactly 1 in 10 has an escalated concern, and it is the record the index says', () => {
    const all = bodies('visit', 1000).map((b) => createVisitRecordBodySchema.parse(b));
    const escalated = all.map((b, i) => [i, b.content.concerns.some((c) => c.escalate)] as const);
    expect(escalated.filter(([, e]) => e)).toHaveLength(100);
    for (const [i, e] of escalated) expect(e).toBe(hasEscalation(i));
  });

  test('the same seed gives the same bodies, apart from the client id', () => {
    const strip = (b: Record<string, unknown>) => ({ ...b, clientId: null });
    expect(bodies('shift', 20).map(strip)).toEqual(bodies('shift', 20).map(strip));
  });

  test('1 in 20 is sent twice in the retry run', () => {
    expect(Array.from({ length: 1000 }, (_, i) => i).filter(isSentTwice)).toHaveLength(50);
  });
});

describe('checking what was stored against what was sent', () => {
  test.each([
    {
      case: 'each sent once, stored once',
      sent: ['a', 'b'],
      stored: [
        { clientId: 'a', rows: 1 },
        { clientId: 'b', rows: 1 },
      ],
      problems: [],
    },
    {
      case: 'one sent twice, stored once',
      sent: ['a', 'a', 'b'],
      stored: [
        { clientId: 'a', rows: 1 },
        { clientId: 'b', rows: 1 },
      ],
      problems: [],
    },
    {
      case: 'a retry stored twice',
      sent: ['a', 'a', 'b'],
      stored: [
        { clientId: 'a', rows: 2 },
        { clientId: 'b', rows: 1 },
      ],
      problems: ['a was stored 2 times', '3 rows stored for 2 different records sent'],
    },
    {
      case: 'a record lost',
      sent: ['a', 'b'],
      stored: [{ clientId: 'a', rows: 1 }],
      problems: ['b was sent but not stored', '1 rows stored for 2 different records sent'],
    },
    {
      case: 'a record nobody sent',
      sent: ['a'],
      stored: [
        { clientId: 'a', rows: 1 },
        { clientId: 'z', rows: 1 },
      ],
      problems: ['z was stored but never sent', '2 rows stored for 1 different records sent'],
    },
  ])('$case', ({ sent, stored, problems }) => {
    expect(storageProblems(sent, stored)).toEqual(problems);
  });
});
