// The in-memory emergency pack jobs, with the database and the pack threads stood in for: the bound on jobs at once,
// waiting out a full print queue, failing whole, stopping on shutdown, and forgetting finished jobs.
import type { FastifyBaseLogger } from 'fastify';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { HttpError } from '../http/http-error.js';
import type { EmergencyPackSelection } from '../repo/emergency-pack-repository.js';
import type { RequestRepository } from '../repo/request-repository.js';
import { createEmergencyPacks, type EmergencyPacks, type EmergencyPacksOptions } from './emergency-pack-jobs.js';
import type { PackRenderer } from './pack-renderer.js';

const registered: { jobId: string; personIds: string[] }[] = [];

/** Stands in for the database's read of a pack. */
const preparePack = (_repo: unknown, personId: string) =>
  Promise.resolve({
    input: { person: { legalName: `Person ${personId}`, preferredName: null, dateOfBirth: '1940-01-01', nhsNumber: null, alerts: [] } },
    planVersion: 3,
  });
/** Stands in for registering the packs as printed. */
const registerPrints = (_repo: unknown, jobId: string, prints: readonly { personId: string }[]) => {
  registered.push({ jobId, personIds: prints.map((p) => p.personId) });
  return Promise.resolve();
};

const log = { error: () => undefined, warn: () => undefined } as unknown as FastifyBaseLogger;
// The stood-in reads never touch it.
const repo = null as unknown as RequestRepository;
const pdf = (text: string) => Buffer.from(`%PDF-${text}`);

function selection(serviceId: string, personIds = ['a', 'b'], organisationId = 'org-1'): EmergencyPackSelection {
  return { organisationId, serviceId, serviceName: `Service ${serviceId}`, providerName: 'Provider', printedBy: 'Maya Patel', personIds, skipped: [] };
}

let clock = 0;
let render: ReturnType<typeof vi.fn<(input: { person: { legalName: string } }) => Promise<Buffer>>>;
let renderEmergencyPack: ReturnType<typeof vi.fn<(task: unknown) => Promise<Buffer>>>;
let packs: EmergencyPacks;

beforeEach(() => {
  clock = Date.parse('2026-11-23T14:05:00Z');
  registered.length = 0;
  render = vi.fn((input: { person: { legalName: string } }) => Promise.resolve(pdf(input.person.legalName)));
  renderEmergencyPack = vi.fn(() => Promise.resolve(pdf('whole')));
  const renderer = { render, renderEmergencyPack } as unknown as PackRenderer;
  packs = createEmergencyPacks({
    renderer,
    maxRunning: 1,
    now: () => new Date(clock),
    log,
    busyWaitMs: 1,
    keepMs: 60_000,
    preparePack: preparePack as unknown as EmergencyPacksOptions['preparePack'],
    registerPrints,
  });
});
afterEach(async () => {
  await packs.close();
});

const finished = (id: string) =>
  vi.waitFor(() => {
    expect(packs.get(id)?.status).not.toBe('running');
  });

describe('emergency pack jobs', () => {
  test('at most maxRunning prepare at once; a place given back can be taken', () => {
    const first = packs.reserve(selection('home'));
    const refused = (() => {
      try {
        packs.reserve(selection('branch'));
        return null;
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(HttpError);
    expect(refused).toMatchObject({ code: 'service_busy', status: 503 });
    expect((refused as HttpError).retryAfterSeconds).toBeGreaterThan(0);
    expect(packs.runningFor('org-1', 'home')?.id).toBe(first.id);
    expect(packs.runningFor('org-2', 'home')).toBeUndefined();
    packs.discard(first.id);
    expect(packs.reserve(selection('branch')).serviceId).toBe('branch');
  });

  test('renders each pack in order, counting up, waits out a full print queue, then joins them and registers them all', async () => {
    render.mockRejectedValueOnce(new HttpError('service_busy', 'busy').retryAfter(5));
    const job = packs.reserve(selection('home', ['a', 'b', 'c']));
    packs.begin(job, repo);
    await finished(job.id);
    expect(packs.get(job.id)).toMatchObject({ status: 'done', done: 3, failure: null });
    expect(packs.get(job.id)?.pdf?.toString()).toBe('%PDF-whole');
    const task = renderEmergencyPack.mock.calls[0]![0] as { cover: { people: { name: string }[]; printedAt: string }; packs: Buffer[] };
    expect(task.cover.people.map((p) => p.name)).toEqual(['Person a', 'Person b', 'Person c']);
    expect(task.packs.map((p) => p.toString())).toEqual(['%PDF-Person a', '%PDF-Person b', '%PDF-Person c']);
    expect(task.cover.printedAt).toBe('23 November 2026 at 14:05');
    expect(registered).toEqual([{ jobId: job.id, personIds: ['a', 'b', 'c'] }]);
  });

  test('a pack that cannot be produced fails the whole job with the reason, and nothing is registered', async () => {
    render.mockResolvedValueOnce(pdf('a')).mockRejectedValueOnce(new HttpError('internal', 'The pack could not be produced.'));
    const job = packs.reserve(selection('home', ['a', 'b', 'c']));
    packs.begin(job, repo);
    await finished(job.id);
    expect(packs.get(job.id)).toMatchObject({ status: 'failed', done: 1, failure: 'The pack could not be produced.', pdf: null });
    expect(registered).toEqual([]);
    // Its place is free again.
    expect(packs.reserve(selection('branch')).status).toBe('running');
  });

  test('shutting down stops a job between packs, says why, and refuses new ones', async () => {
    let release: () => void = () => undefined;
    render.mockImplementationOnce(
      () =>
        new Promise<Buffer>((resolve) => {
          release = () => {
            resolve(pdf('a'));
          };
        }),
    );
    const job = packs.reserve(selection('home', ['a', 'b']));
    packs.begin(job, repo);
    await vi.waitFor(() => {
      expect(render).toHaveBeenCalledTimes(1);
    });
    const closing = packs.close();
    release();
    await closing;
    expect(packs.get(job.id)).toMatchObject({ status: 'failed', done: 1 });
    expect(packs.get(job.id)?.failure).toContain('Hearth was restarting');
    expect(render).toHaveBeenCalledTimes(1);
    expect(() => packs.reserve(selection('branch'))).toThrow(HttpError);
    expect(registered).toEqual([]);
  });

  test('a finished job is kept for download for a while, then forgotten', async () => {
    const job = packs.reserve(selection('home'));
    packs.begin(job, repo);
    await finished(job.id);
    clock += 59_000;
    expect(packs.get(job.id)?.status).toBe('done');
    clock += 2_000;
    expect(packs.get(job.id)).toBeUndefined();
  });
});
