// Emergency packs being prepared, and those ready to download, held in this server process's memory: a job is
// minutes of work at most and its PDF is wanted once, so nothing is stored in the database. A restart loses a
// running job (its page then reports it gone and the manager starts it again); nothing is recorded as printed
// until the whole PDF exists. Jobs are few by design: at most `maxRunning` prepare at once, each renders one
// pack at a time on the shared pack threads (so single prints still get through), and finished jobs are kept
// for a while and in small number only.
import { randomUUID } from 'node:crypto';
import { emergencyPackSkipReasonLabels, type EmergencyPackJob, type EmergencyPackRound, type EmergencyPackSkipReason } from '@hearth/core';
import type { FastifyBaseLogger } from 'fastify';
import { HttpError } from '../http/http-error.js';
import { preparePack } from '../repo/pack-repository.js';
import { registerEmergencyPrints, type EmergencyPackLedger } from '../repo/emergency-pack-repository.js';
import type { RequestRepository } from '../repo/request-repository.js';
import type { EmergencyCoverPerson } from './emergency-pack-cover.js';
import { printedName } from './page-frame.js';
import type { PackRenderer } from './pack-renderer.js';

export interface EmergencyPackRecord {
  id: string;
  organisationId: string;
  serviceId: string;
  serviceName: string;
  /** The round whose people it holds; null for the whole service. */
  round: EmergencyPackRound | null;
  providerName: string;
  printedBy: string;
  personIds: string[];
  skipped: { personId: string; name: string; reason: EmergencyPackSkipReason }[];
  status: EmergencyPackJob['status'];
  done: number;
  startedAt: Date;
  finishedAt: Date | null;
  failure: string | null;
  pdf: Buffer | null;
}

export interface EmergencyPacksOptions {
  renderer: PackRenderer;
  /** Jobs preparing at once, across the organisations this server holds. */
  maxRunning: number;
  now: () => Date;
  log: FastifyBaseLogger;
  /** How long a finished job (and its PDF) is kept for download. */
  keepMs?: number;
  /** Most finished jobs kept; the oldest go first. */
  maxKept?: number;
  /** How long to wait before asking a full print queue again; the renderer's Retry-After by default. */
  busyWaitMs?: number;
  /** Reads one person's pack; the database's by default (tests stand in for it). */
  preparePack?: typeof preparePack;
  /** Registers the packs as printed; in the database by default. */
  registerPrints?: typeof registerEmergencyPrints;
}

export interface EmergencyPacks extends EmergencyPackLedger<EmergencyPackRecord> {
  get(id: string): EmergencyPackRecord | undefined;
  /** Starts preparing a reserved job on behalf of the actor whose repository it is. */
  begin(job: EmergencyPackRecord, repo: RequestRepository): void;
  /** Stops jobs between packs and waits for them, before the pack threads stop. */
  close(): Promise<void>;
}

/** How many times a full print queue is asked again before the job gives up (about a minute at 5 s). */
const busyTries = 12;

export function viewOf(job: EmergencyPackRecord): EmergencyPackJob {
  return {
    id: job.id,
    serviceId: job.serviceId,
    serviceName: job.serviceName,
    round: job.round,
    status: job.status,
    done: job.done,
    total: job.personIds.length,
    skipped: job.skipped,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    failure: job.failure,
  };
}

export function createEmergencyPacks(options: EmergencyPacksOptions): EmergencyPacks {
  const keepMs = options.keepMs ?? 60 * 60_000;
  const maxKept = options.maxKept ?? 20;
  const jobs = new Map<string, EmergencyPackRecord>();
  const working = new Set<Promise<void>>();
  const stopping = new AbortController();
  const { renderer, now, log } = options;
  const readPack = options.preparePack ?? preparePack;
  const registerPrints = options.registerPrints ?? registerEmergencyPrints;

  const runningCount = () => [...jobs.values()].filter((j) => j.status === 'running').length;

  /** Forgets finished jobs past their time, and the oldest beyond the number kept, so memory stays bounded. */
  function prune(): void {
    const at = now().getTime();
    const finished = [...jobs.values()]
      .flatMap((job) => (job.finishedAt === null ? [] : [{ id: job.id, finishedAt: job.finishedAt.getTime() }]))
      .sort((a, b) => b.finishedAt - a.finishedAt);
    finished.forEach((job, i) => {
      if (i >= maxKept || at - job.finishedAt > keepMs) jobs.delete(job.id);
    });
  }

  /** Runs a render, waiting and asking again while the print queue is full; a shutdown stops the waiting. */
  async function patiently(render: () => Promise<Buffer>): Promise<Buffer> {
    for (let attempt = 1; ; attempt++) {
      stopping.signal.throwIfAborted();
      try {
        return await render();
      } catch (error) {
        if (!(error instanceof HttpError) || error.code !== 'service_busy' || attempt >= busyTries || stopping.signal.aborted) throw error;
        await pause(options.busyWaitMs ?? (error.retryAfterSeconds ?? 5) * 1000, stopping.signal);
      }
    }
  }

  async function prepare(job: EmergencyPackRecord, repo: RequestRepository): Promise<void> {
    const packs: Buffer[] = [];
    const people: EmergencyCoverPerson[] = [];
    const prints: { personId: string; planVersion: number | null; size: 'standard'; bytes: number }[] = [];
    for (const personId of job.personIds) {
      stopping.signal.throwIfAborted();
      // Each person's pack is read (and the read audited) and rendered exactly as a single print is.
      const prepared = await readPack(repo, personId, 'standard');
      const pdf = await patiently(() => renderer.render(prepared.input, log));
      packs.push(pdf);
      people.push({ name: printedName(prepared.input.person), dateOfBirth: prepared.input.person.dateOfBirth, planVersion: prepared.planVersion });
      prints.push({ personId, planVersion: prepared.planVersion, size: 'standard', bytes: pdf.length });
      job.done += 1;
    }
    stopping.signal.throwIfAborted();
    const cover = {
      serviceName: job.serviceName,
      round: job.round ? roundWords(job.round) : null,
      providerName: job.providerName,
      printedAt: printedAt(now()),
      printedBy: job.printedBy,
      people,
      skipped: job.skipped.map((s) => ({ name: s.name, reason: emergencyPackSkipReasonLabels[s.reason] })),
    };
    const pdf = await patiently(() => renderer.renderEmergencyPack({ cover, packs }, log));
    await registerPrints(repo, job.id, prints);
    job.pdf = pdf;
    job.status = 'done';
    job.finishedAt = now();
  }

  return {
    get(id) {
      prune();
      return jobs.get(id);
    },
    runningFor(organisationId, serviceId, round = null) {
      return [...jobs.values()].find(
        (j) =>
          j.status === 'running' &&
          j.organisationId === organisationId &&
          j.serviceId === serviceId &&
          (j.round === null ? round === null : round !== null && j.round.staffId === round.staffId && j.round.date === round.date),
      );
    },
    reserve(selection) {
      if (stopping.signal.aborted) throw new HttpError('service_busy', 'Hearth is shutting down: print the emergency pack again in a moment.').retryAfter(5);
      prune();
      if (runningCount() >= options.maxRunning) {
        throw new HttpError('service_busy', 'Other emergency packs are being prepared at the moment: start this one again in a minute.').retryAfter(60);
      }
      const job: EmergencyPackRecord = {
        id: randomUUID(),
        organisationId: selection.organisationId,
        serviceId: selection.serviceId,
        serviceName: selection.serviceName,
        round: selection.round ?? null,
        providerName: selection.providerName,
        printedBy: selection.printedBy,
        personIds: selection.personIds,
        skipped: selection.skipped,
        status: 'running',
        done: 0,
        startedAt: now(),
        finishedAt: null,
        failure: null,
        pdf: null,
      };
      jobs.set(job.id, job);
      return job;
    },
    discard(id) {
      jobs.delete(id);
    },
    begin(job, repo) {
      const work = prepare(job, repo).catch((error: unknown) => {
        job.status = 'failed';
        job.failure = failureMessage(error, stopping.signal.aborted);
        job.finishedAt = now();
        log.error({ err: error, jobId: job.id }, 'emergency pack failed');
      });
      working.add(work);
      void work.finally(() => working.delete(work));
    },
    async close() {
      stopping.abort();
      await Promise.all(working);
    },
  };
}

/** What the manager reads when a job fails: what happened and that nothing was recorded as printed. */
function failureMessage(error: unknown, isStopping: boolean): string {
  if (isStopping) return 'Hearth was restarting, so the emergency pack was stopped. Nothing was recorded as printed: print it again.';
  if (error instanceof HttpError && (error.code === 'not_found' || error.code === 'forbidden')) {
    return 'A pack could not be read: someone in the pack may have moved to another service, or your access has changed. Nothing was recorded as printed: print it again.';
  }
  if (error instanceof HttpError && error.detail) return error.detail;
  return 'The emergency pack could not be produced. Nothing was recorded as printed: print it again, and tell the office if it happens again.';
}

/** "Carla Reid's round on Thursday 5 March 2026", for the cover. */
function roundWords(round: EmergencyPackRound): string {
  const noon = new Date(`${round.date}T12:00:00Z`);
  const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(noon);
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(noon);
  return `${round.staffName}\u2019s round on ${weekday} ${day}`;
}

/** "23 November 2026 at 14:05", on a clock in England. */
function printedAt(at: Date): string {
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(at);
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' }).format(at);
  return `${day} at ${time}`;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
