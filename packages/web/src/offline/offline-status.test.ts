import { describe, expect, test } from 'vitest';
import { initialStatus, oldestCopy, statusAfter, type OfflineEvent, type OfflineStatus } from './offline-status';

const run = (events: OfflineEvent[], from: OfflineStatus = initialStatus) => events.reduce(statusAfter, from);
const plan = '/api/people/p1/care-plan';
const person = '/api/people/p1';

describe('the offline status', () => {
  test('a failed request marks Hearth unreachable; a served copy is remembered with its time', () => {
    const status = run([
      { kind: 'reached', isReachable: false, path: person },
      { kind: 'copy_served', path: person, savedAt: '2026-03-02T09:15:00.000Z' },
      { kind: 'copy_served', path: plan, savedAt: '2026-03-02T09:12:00.000Z' },
    ]);
    expect(status.isReachable).toBe(false);
    expect(oldestCopy(status)?.toISOString()).toBe('2026-03-02T09:12:00.000Z');
  });

  test('moving page while still offline keeps the copies: the person’s record stays on show under every page', () => {
    const status = run([{ kind: 'copy_served', path: person, savedAt: '2026-03-02T09:15:00.000Z' }, { kind: 'page_changed' }]);
    expect(status.copiesInUse.size).toBe(1);
  });

  test('an answer from Hearth replaces that copy only; the others stay until the worker moves page', () => {
    const status = run([
      { kind: 'copy_served', path: person, savedAt: '2026-03-02T09:15:00.000Z' },
      { kind: 'copy_served', path: plan, savedAt: '2026-03-02T09:12:00.000Z' },
      { kind: 'reached', isReachable: true, path: plan },
    ]);
    expect(status.isReachable).toBe(true);
    expect([...status.copiesInUse.keys()]).toEqual([person]);
    const moved = statusAfter(status, { kind: 'page_changed' });
    expect(moved.copiesInUse.size).toBe(0);
    expect(oldestCopy(moved)).toBeNull();
  });

  test('nothing changes (same object) when nothing new is learned, so pages do not redraw', () => {
    expect(statusAfter(initialStatus, { kind: 'reached', isReachable: true, path: plan })).toBe(initialStatus);
    expect(statusAfter(initialStatus, { kind: 'page_changed' })).toBe(initialStatus);
    const offline = statusAfter(initialStatus, { kind: 'reached', isReachable: false, path: plan });
    expect(statusAfter(offline, { kind: 'reached', isReachable: false, path: person })).toBe(offline);
  });

  test('signing out forgets everything', () => {
    const status = run([{ kind: 'copy_served', path: person, savedAt: '2026-03-02T09:15:00.000Z' }, { kind: 'reset' }]);
    expect(status).toBe(initialStatus);
  });
});
