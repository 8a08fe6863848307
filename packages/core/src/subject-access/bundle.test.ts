import { describe, expect, test } from 'vitest';
import { safeBundleFileName, subjectAccessBundle, type SubjectAccessInput } from './bundle.js';
import { describeDisclosureAction, disclosureKind, disclosuresCsv, toDisclosure } from './disclosures.js';

const manager = { id: '00000000-0000-4000-8000-000000000001', name: 'Maya Manager' };

function input(overrides: Partial<SubjectAccessInput> = {}): SubjectAccessInput {
  return {
    exportId: '00000000-0000-4000-8000-0000000000ee',
    generatedAt: '2026-11-20T10:00:00.000Z',
    generatedBy: manager,
    organisationName: 'Riverside Care',
    personName: 'Edith Clarke',
    person: { id: 'p1', legalName: 'Edith Clarke', dateOfBirth: '1940-05-17' },
    personVersions: [{ version: 1 }],
    communicationNeeds: [{ version: 1, needs: { formats: ['large_print'] } }],
    informationChoices: [{ discussedOn: '2026-11-01', decision: { ways: ['paper_in_home'] } }],
    carePlanVersions: [
      { version: 1, status: 'in_use' },
      { version: 2, status: 'draft' },
    ],
    planComments: [{ body: 'Walked to the shop' }],
    attachments: [
      {
        id: 'a1',
        planVersion: 1,
        sectionKey: null,
        fileName: 'GP letter.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 3,
        sha256: 'abc',
        description: null,
        addedBy: manager,
        addedAt: '2026-11-02T09:00:00.000Z',
        bytes: new Uint8Array([1, 2, 3]),
      },
    ],
    visitRecords: [{ id: 'v1', addenda: [], escalations: [] }],
    planAudits: [{ score: 80 }],
    manualAudits: [],
    qualityActions: [],
    contacts: [{ id: 'c1', name: 'Ray Clarke', sharing_decisions: [{ parts: ['plan'] }] }],
    contactEntries: [{ id: 'e1', kind: 'comment', body: 'Mum enjoyed the garden' }],
    dataRequests: [{ id: 'r1', what_asked: 'The current plan', updates: [] }],
    plannedVisits: [{ id: 'pv1', label: 'Lunch call', cancellation: null }],
    printedPacks: [{ id: 'pp1', plan_version: 1 }],
    capacityAssessments: [{ id: 'ca1', outcome: 'lacks_capacity' }],
    bestInterestsDecisions: [{ id: 'bi1', assessment_id: 'ca1' }],
    capacityRecords: [
      { id: 'cr1', kind: 'legal_authority' },
      { id: 'cr2', kind: 'resuscitation' },
    ],
    behaviourSupportPlanVersions: [{ id: 'b1', version: 1, agreements: [], reviews: [] }],
    abcRecords: [{ id: 'abc1', behaviour: 'Trying to leave' }],
    scatterPlotEntries: [{ id: 's1', grade: 'some' }],
    restrictiveInterventions: [{ id: 'ri1', kind: 'physical', debriefs: [{ with_whom: 'person' }] }],
    palAssessments: [{ id: 'pal1', assessed_on: '2026-11-01' }],
    disclosures: [
      { at: '2026-11-03T09:00:00.000Z', actorId: 's2', actorName: 'Sam Senior', action: 'care_plan.read' },
      { at: '2026-11-04T09:00:00.000Z', actorId: null, actorName: null, action: 'plan_audit.run' },
    ],
    ...overrides,
  };
}

const text = (content: string | Uint8Array) => (typeof content === 'string' ? content : new TextDecoder().decode(content));

describe('the files of a subject access export', () => {
  test('every part of the record has its file, and each file is explained in the README', () => {
    const files = subjectAccessBundle(input());
    expect(files.map((f) => f.path)).toEqual([
      'README.txt',
      'person.json',
      'contacts.json',
      'contact-entries.json',
      'care-plan.json',
      'printed-packs.json',
      'visit-records.json',
      'planned-visits.json',
      'capacity-assessments.json',
      'best-interests-decisions.json',
      'capacity-records.json',
      'behaviour-support-plan.json',
      'abc-records.json',
      'scatter-plot-entries.json',
      'restrictive-interventions.json',
      'pal-assessments.json',
      'audits.json',
      'data-requests.json',
      'disclosures.json',
      'disclosures.csv',
      'attachments/001-GP letter.pdf',
    ]);
    const readme = text(files[0]!.content);
    // Every file has its own heading in the README's list, in the order of the files.
    const list = readme.slice(readme.indexOf('--------------------'), readme.indexOf('The .json files'));
    const headings = list
      .split('\r\n')
      .slice(1)
      .filter((line) => line !== '' && !line.startsWith(' '));
    const expected = files.map((f) =>
      f.path
        .replace(/^attachments\/.*/, 'attachments/')
        .replace(/^disclosures\.(json|csv)$/, 'disclosures.json and disclosures.csv'),
    );
    expect(headings).toEqual([...new Set(expected)]);
    expect(readme).toContain('Everything Riverside Care holds about Edith Clarke');
  });

  test('each JSON file holds its part; attachments are listed without their bytes and included as files', () => {
    const byPath = new Map(subjectAccessBundle(input()).map((f) => [f.path, f.content]));
    const person = JSON.parse(text(byPath.get('person.json')!));
    expect(person).toMatchObject({
      person: { legalName: 'Edith Clarke' },
      communicationNeeds: [{ version: 1 }],
      informationChoices: [{ discussedOn: '2026-11-01' }],
    });
    const plan = JSON.parse(text(byPath.get('care-plan.json')!));
    expect(plan.versions).toHaveLength(2);
    expect(plan.attachments).toEqual([
      expect.objectContaining({ fileName: 'GP letter.pdf', sha256: 'abc', path: 'attachments/001-GP letter.pdf' }),
    ]);
    expect(plan.attachments[0]).not.toHaveProperty('bytes');
    expect(byPath.get('attachments/001-GP letter.pdf')).toEqual(new Uint8Array([1, 2, 3]));
    expect(JSON.parse(text(byPath.get('audits.json')!))).toMatchObject({ planQualityChecks: [{ score: 80 }] });
    expect(JSON.parse(text(byPath.get('disclosures.json')!)).disclosures).toEqual([
      {
        at: '2026-11-03T09:00:00.000Z',
        who: 'Sam Senior',
        staffId: 's2',
        kind: 'read',
        what: 'Read their care and support plan',
        action: 'care_plan.read',
      },
      {
        at: '2026-11-04T09:00:00.000Z',
        who: 'Hearth (done automatically)',
        staffId: null,
        kind: 'change',
        what: 'Checked the quality of their plan',
        action: 'plan_audit.run',
      },
    ]);
  });

  test.each([
    ['contacts.json', 'contacts', 'contacts'],
    ['contact-entries.json', 'contactEntries', 'contactEntries'],
    ['printed-packs.json', 'printedPacks', 'printedPacks'],
    ['planned-visits.json', 'plannedVisits', 'plannedVisits'],
    ['capacity-assessments.json', 'capacityAssessments', 'capacityAssessments'],
    ['best-interests-decisions.json', 'bestInterestsDecisions', 'bestInterestsDecisions'],
    ['capacity-records.json', 'capacityRecords', 'capacityRecords'],
    ['behaviour-support-plan.json', 'versions', 'behaviourSupportPlanVersions'],
    ['abc-records.json', 'abcRecords', 'abcRecords'],
    ['scatter-plot-entries.json', 'scatterPlotEntries', 'scatterPlotEntries'],
    ['restrictive-interventions.json', 'restrictiveInterventions', 'restrictiveInterventions'],
    ['pal-assessments.json', 'palAssessments', 'palAssessments'],
    ['data-requests.json', 'dataRequests', 'dataRequests'],
  ] as const)('%s holds the %s as read, with what the export is', (path, key, part) => {
    const byPath = new Map(subjectAccessBundle(input()).map((f) => [f.path, f.content]));
    const held = JSON.parse(text(byPath.get(path)!)) as Record<string, unknown>;
    expect(Object.keys(held)).toEqual(['about', key]);
    expect(held[key]).toEqual(input()[part]);
    expect(held.about).toMatchObject({ exportId: input().exportId, organisation: 'Riverside Care' });
  });

  test('the README counts what each new file holds, in words', () => {
    const readme = text(subjectAccessBundle(input())[0]!.content);
    expect(readme).toContain('(1 contact)');
    expect(readme).toContain('(2 records): lasting powers of');
    expect(readme).toContain('(1 time): when, for how long');
    const none = text(subjectAccessBundle(input({ capacityRecords: [], contactEntries: [] }))[0]!.content);
    expect(none).toContain('(0 records): lasting powers of');
    expect(none).toContain('own sign-in (0 entries)');
  });

  test('the same input always gives the same files', () => {
    expect(subjectAccessBundle(input())).toEqual(subjectAccessBundle(input()));
  });
});

describe('the disclosure log', () => {
  test.each([
    ['care_plan.read', 'read'],
    ['person.update', 'change'],
    ['care_plan.save_draft', 'change'],
    ['visit_record.addendum', 'change'],
    ['record_export.create', 'export'],
    ['record_export.download', 'export'],
    ['care_plan.export', 'export'],
    ['data_request.answer', 'shared'],
    ['visit_record.list', 'read'],
  ] as const)('%s is a %s', (action, kind) => {
    expect(disclosureKind(action)).toBe(kind);
  });

  test.each([
    ['person.read', 'Looked at their details'],
    ['record_export.create', 'Made a copy of their record for them (subject access)'],
    ['something_new.looked_at', 'Looked at something new'],
  ])('%s reads as "%s"', (action, words) => {
    expect(describeDisclosureAction(action)).toBe(words);
  });

  test.each([
    ['subject_access', 'export', 'Made a copy of their record for them (subject access)'],
    ['data_request', 'shared', 'Made a copy of their record to answer a request for information'],
  ] as const)('an export made for %s is a %s: "%s"', (purpose, kind, what) => {
    expect(
      toDisclosure({ at: '2026-11-03T09:00:00.000Z', actorId: 's1', actorName: 'Maya', action: 'record_export.create', purpose }),
    ).toMatchObject({ kind, what });
  });

  test('as CSV: a header, one row each, formulas made harmless, commas quoted', () => {
    const csv = disclosuresCsv([
      toDisclosure({ at: '2026-11-03T09:00:00.000Z', actorId: 's1', actorName: '=HYPERLINK("x")', action: 'person.read' }),
      toDisclosure({ at: '2026-11-03T10:00:00.000Z', actorId: 's2', actorName: 'Clarke, Ray', action: 'person.update' }),
    ]);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toEqual([
      'When (UTC),Who,Staff id,Kind,What,Action code',
      `2026-11-03T09:00:00.000Z,"'=HYPERLINK(""x"")",s1,read,Looked at their details,person.read`,
      '2026-11-03T10:00:00.000Z,"Clarke, Ray",s2,change,Changed their details,person.update',
    ]);
  });
});

test.each([
  ['GP letter.pdf', 'GP letter.pdf'],
  ['../../etc/passwd', '_.._etc_passwd'],
  ['a\\b:c*?.txt', 'a_b_c__.txt'],
  ['...', 'file'],
])('a file named %j is stored as %j', (name, safe) => {
  expect(safeBundleFileName(name)).toBe(safe);
});
