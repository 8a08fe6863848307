// Renders packs in a small pool of worker threads with a bounded queue, so a pack's few hundred milliseconds of
// pdfmake CPU never hold up the event loop that answers everyone else's requests.
import type { FastifyBaseLogger } from 'fastify';
import { Piscina } from 'piscina';
import { HttpError } from '../http/http-error.js';
import type { AuditReportData } from '../report/audit-report-model.js';
import type { EasyReadInput } from './easy-read-document.js';
import type { EmergencyPackTask } from './render-emergency-pack.js';
import type { PackInput } from './pack-document.js';
import type { SharedRecordPrintInput } from './shared-record-document.js';

export interface PackRendererOptions {
  /** Most packs rendered at once, one per worker thread. */
  threads: number;
  /** Most packs waiting for a thread; one more is refused with 503 rather than left to pile up. */
  queueLimit: number;
  /** A pack not produced by then (waiting included) is abandoned and its thread replaced. */
  timeoutMs?: number;
}

export interface PackRenderer {
  render(input: PackInput, log?: FastifyBaseLogger): Promise<Buffer>;
  /** A plan-quality audit report, on the same threads and queue as packs. */
  renderAuditReport(input: AuditReportData, log?: FastifyBaseLogger): Promise<Buffer>;
  /** A plan in easy read, on the same threads and queue as packs. */
  renderEasyRead(input: EasyReadInput, log?: FastifyBaseLogger): Promise<Buffer>;
  /** The shared record in large print or easy read, on the same threads and queue as packs. */
  renderSharedRecord(input: SharedRecordPrintInput, log?: FastifyBaseLogger): Promise<Buffer>;
  /** An emergency pack's cover, joined with the packs already rendered into one PDF, on the same threads and queue. */
  renderEmergencyPack(task: EmergencyPackTask, log?: FastifyBaseLogger): Promise<Buffer>;
  /** Lets packs being rendered finish, then stops the threads. */
  close(): Promise<void>;
}

/** How long a refused print is asked to wait: a pack takes well under a second, so the queue drains in seconds. */
const retryAfterSeconds = 5;

interface Words { noun: string; closing: string; busy: string; timedOut: string; failed: string }

const packWords: Words = {
  noun: 'pack',
  closing: 'Hearth is shutting down: print the pack again in a moment.',
  busy: 'Many packs are being printed at the moment: print this one again in a few seconds.',
  timedOut: 'The pack took too long to produce and was stopped. Nothing was recorded as printed: try again, and tell the office if it happens again.',
  failed: 'The pack could not be produced. Nothing was recorded as printed: try again, and tell the office if it happens again.',
};

const reportWords: Words = {
  noun: 'audit report',
  closing: 'Hearth is shutting down: download the report again in a moment.',
  busy: 'Many documents are being produced at the moment: download the report again in a few seconds.',
  timedOut: 'The report took too long to produce and was stopped: try again, and tell the office if it happens again.',
  failed: 'The report could not be produced: try again, and tell the office if it happens again.',
};

const easyReadWords: Words = {
  noun: 'easy-read plan',
  closing: 'Hearth is shutting down: download the easy-read plan again in a moment.',
  busy: 'Many documents are being produced at the moment: download the easy-read plan again in a few seconds.',
  timedOut: 'The easy-read plan took too long to produce and was stopped: try again, and tell the office if it happens again.',
  failed: 'The easy-read plan could not be produced: try again, and tell the office if it happens again.',
};

const sharedRecordWords: Words = {
  noun: 'shared record',
  closing: 'Hearth is shutting down: download the record again in a moment.',
  busy: 'Many documents are being produced at the moment: download the record again in a few seconds.',
  timedOut: 'The record took too long to produce and was stopped: try again, and tell the care provider if it happens again.',
  failed: 'The record could not be produced: try again, and tell the care provider if it happens again.',
};

const emergencyPackWords: Words = {
  noun: 'emergency pack',
  closing: 'Hearth is shutting down: print the emergency pack again in a moment.',
  busy: 'Many documents are being produced at the moment: the emergency pack will be put together in a few seconds.',
  timedOut: 'The emergency pack took too long to put together and was stopped. Nothing was recorded as printed: try again.',
  failed: 'The emergency pack could not be put together. Nothing was recorded as printed: try again, and tell the office if it happens again.',
};

type RenderTask = PackInput | AuditReportData | EasyReadInput | SharedRecordPrintInput | EmergencyPackTask;

const workerFile = new URL('./render-worker.js', import.meta.url).href;

export function createPackRenderer(options: PackRendererOptions): PackRenderer {
  const timeoutMs = options.timeoutMs ?? 60_000;
  // Started on the first print, not with the server: most processes (tests, command-line tools) never print,
  // and a worker costs a thread and the memory of pdfmake and its fonts.
  let pool: Piscina<RenderTask, Uint8Array> | null = null;
  let inFlight = 0;
  let closed = false;

  const poolNow = () =>
    (pool ??= new Piscina<RenderTask, Uint8Array>({
      filename: workerFile,
      minThreads: 1,
      maxThreads: options.threads,
      // Extra threads started for a burst stop after a minute without work; one stays warm.
      idleTimeout: 60_000,
    }));

  /** `name` is the worker's export to call (Piscina's default export for packs); `words` say what failed, for whom. */
  async function run(task: RenderTask, name: string, words: Words, log?: FastifyBaseLogger): Promise<Buffer> {
    if (closed) throw new HttpError('service_busy', words.closing).retryAfter(retryAfterSeconds);
    if (inFlight >= options.threads + options.queueLimit) {
      log?.warn({ inFlight }, `${words.noun} refused: the print queue is full`);
      throw new HttpError('service_busy', words.busy).retryAfter(retryAfterSeconds);
    }
    inFlight += 1;
    try {
      const pdf = await poolNow().run(task, { name, signal: AbortSignal.timeout(timeoutMs) });
      return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      log?.error({ err: error }, `${words.noun} rendering failed`);
      const timedOut = error instanceof Error && error.name === 'AbortError';
      throw new HttpError('internal', timedOut ? words.timedOut : words.failed);
    } finally {
      inFlight -= 1;
    }
  }

  return {
    render: (input, log) => run(input, 'default', packWords, log),
    renderAuditReport: (input, log) => run(input, 'renderAuditReport', reportWords, log),
    renderEasyRead: (input, log) => run(input, 'renderEasyRead', easyReadWords, log),
    renderSharedRecord: (input, log) => run(input, 'renderSharedRecord', sharedRecordWords, log),
    renderEmergencyPack: (task, log) => run(task, 'renderEmergencyPack', emergencyPackWords, log),
    async close() {
      closed = true;
      if (!pool) return;
      const closing = pool;
      pool = null;
      await closing.close().catch(() => closing.destroy());
    },
  };
}
