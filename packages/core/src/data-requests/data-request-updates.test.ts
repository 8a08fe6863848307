import { describe, expect, test } from 'vitest';
import { dataRequestUpdateRefusal, updateDataRequestBodySchema, type DataRequestStatus } from './data-request-updates.js';

const latestUpdateId = '5d1c1e0e-6a4b-4a57-9a38-0ac5b8f0b1a1';
const exportId = 'a0c2c1c4-9e0e-4e77-8a6b-2d9b0f5a1c11';

describe('closing a request', () => {
  test.each([
    ['answered by export with the bundle', { status: 'answered', method: 'export', exportId }, []],
    ['answered by export without the bundle', { status: 'answered', method: 'export' }, [['exportId', 'Choose the export bundle that was sent']]],
    ['answered with no method', { status: 'answered', note: 'Sent' }, [['method', 'Choose how the request was answered']]],
    ['answered another way with a note', { status: 'answered', method: 'other', note: 'Read the MAR chart to Priya by phone' }, []],
    ['answered another way with no note', { status: 'answered', method: 'other', note: '  ' }, [['note', 'Say how the request was answered, for example by phone and what was shared']]],
    ['answered another way naming a bundle', { status: 'answered', method: 'other', note: 'By phone', exportId }, [['exportId', 'An export bundle is sent only when answering by export']]],
    ['answered by access grant through this form: the grant endpoint is the way', { status: 'answered', method: 'access_grant', note: 'Gave Priya access' }, [['method', 'Answer with an access grant from the request’s page: giving the officer access records the answer']]],
    ['declined with a reason', { status: 'declined', note: 'Not the person’s care provider since 2024' }, []],
    ['declined with no reason', { status: 'declined' }, [['note', 'Say why the request was declined']]],
    ['withdrawn', { status: 'withdrawn', note: 'Priya found it elsewhere' }, []],
    ['withdrawn but answered', { status: 'withdrawn', method: 'export', exportId }, [['method', 'A withdrawn request was not answered, so leave how it was answered empty']]],
    ['reopened', { status: 'open' }, [['status', 'Choose answered, declined or withdrawn']]],
  ] as const)('%s', (_name, body, expected) => {
    const result = updateDataRequestBodySchema.safeParse({ latestUpdateId, ...body });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual(expected);
  });

  test.each([
    ['open', null],
    ['answered', 'This request is answered and cannot be changed; log a new request if more is asked'],
    ['declined', 'This request is declined and cannot be changed; log a new request if more is asked'],
    ['withdrawn', 'This request is withdrawn and cannot be changed; log a new request if more is asked'],
  ] as const)('from %s: %s', (from: DataRequestStatus, refusal) => {
    expect(dataRequestUpdateRefusal(from)).toBe(refusal);
  });
});
