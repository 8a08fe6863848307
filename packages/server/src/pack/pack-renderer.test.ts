import { defaultServiceUserGuide } from '@hearth/core';
import { afterEach, describe, expect, test } from 'vitest';
import { HttpError } from '../http/http-error.js';
import type { PackInput } from './pack-document.js';
import { createPackRenderer, type PackRenderer } from './pack-renderer.js';

const input: PackInput = {
  person: { legalName: 'Gwenllian Ŵyn', preferredName: null, dateOfBirth: '1941-03-02', nhsNumber: null, alerts: [] },
  providerName: 'Renderer Test Care',
  guide: defaultServiceUserGuide('Renderer Test Care'),
  plan: null,
  definitions: [],
  printedOn: '23 November 2026',
  size: 'standard',
};

/** Something packDocument cannot lay out, so rendering throws inside the worker thread. */
const unprintable = { ...input, guide: null } as unknown as PackInput;

const isPdf = (pdf: Buffer) => pdf.subarray(0, 5).toString() === '%PDF-';

let renderers: PackRenderer[] = [];
const renderer = (options: Parameters<typeof createPackRenderer>[0]) => {
  const r = createPackRenderer(options);
  renderers.push(r);
  return r;
};
afterEach(async () => {
  await Promise.all(renderers.map((r) => r.close()));
  renderers = [];
});

describe('the pack renderer', () => {
  test('renders a pack to PDF bytes', async () => {
    const pdf = await renderer({ threads: 1, queueLimit: 1 }).render(input);
    expect(Buffer.isBuffer(pdf)).toBe(true);
    expect(isPdf(pdf)).toBe(true);
  });

  test('refuses a pack beyond the threads and the queue with service_busy and a Retry-After, and renders the rest', async () => {
    const r = renderer({ threads: 1, queueLimit: 1 });
    const results = await Promise.allSettled([r.render(input), r.render(input), r.render(input)]);
    expect(results.map((x) => x.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    const refused = (results[2] as PromiseRejectedResult).reason as HttpError;
    expect(refused).toBeInstanceOf(HttpError);
    expect(refused.code).toBe('service_busy');
    expect(refused.status).toBe(503);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    // The queue frees as packs finish.
    expect(isPdf(await r.render(input))).toBe(true);
  });

  test('a failure inside the worker answers a clear error, and the next pack still renders', async () => {
    const r = renderer({ threads: 1, queueLimit: 2 });
    const failed = await r.render(unprintable).then(() => null, (e: unknown) => e);
    expect(failed).toBeInstanceOf(HttpError);
    expect(failed).toMatchObject({ code: 'internal', detail: expect.stringContaining('The pack could not be produced') });
    expect(isPdf(await r.render(input))).toBe(true);
  });

  test('a pack not produced in time is abandoned with a clear error', async () => {
    const failed = await renderer({ threads: 1, queueLimit: 1, timeoutMs: 1 }).render(input).then(() => null, (e: unknown) => e);
    expect(failed).toMatchObject({ code: 'internal', detail: expect.stringContaining('took too long') });
  });

  test('once closed, it refuses new packs instead of starting threads again', async () => {
    const r = renderer({ threads: 1, queueLimit: 1 });
    expect(isPdf(await r.render(input))).toBe(true);
    await r.close();
    await expect(r.render(input)).rejects.toMatchObject({ code: 'service_busy' });
  });
});
