// A person's whole record as the files of a subject access export (UK GDPR right of access): assembled from plain
// data already read, so the same input always gives the same files.
import { disclosuresCsv, toDisclosure, type DisclosureSource } from './disclosures.js';
import { subjectAccessReadme } from './readme.js';

export interface SubjectAccessStaff {
  id: string;
  name: string;
}

/** A file attached to the plan, with its bytes. */
export interface AttachmentInput {
  id: string;
  planVersion: number;
  sectionKey: string | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  description: string | null;
  addedBy: SubjectAccessStaff;
  addedAt: string;
  bytes: Uint8Array;
}

/** Everything held about the person, as read for the export. Records are plain JSON as the services answer them. */
export interface SubjectAccessInput {
  exportId: string;
  generatedAt: string;
  generatedBy: SubjectAccessStaff;
  organisationName: string;
  /** The person's name, for the README's first line. */
  personName: string;
  /** Their record as the database holds it. */
  person: Record<string, unknown>;
  /** Earlier versions of their details, oldest first. */
  personVersions: unknown[];
  communicationNeeds: unknown[];
  informationChoices: unknown[];
  carePlanVersions: unknown[];
  planComments: unknown[];
  attachments: AttachmentInput[];
  visitRecords: unknown[];
  planAudits: unknown[];
  manualAudits: unknown[];
  qualityActions: unknown[];
  /** The people around them who may be given a view of their record, each with every sharing decision. */
  contacts: unknown[];
  /** What they, their family or advocates added through their own sign-in. */
  contactEntries: unknown[];
  /** Requests for information from councils and professionals that named them, each with its steps. */
  dataRequests: unknown[];
  /** Visits planned for them, each with any cancellation. */
  plannedVisits: unknown[];
  /** The register of paper packs printed for their home. */
  printedPacks: unknown[];
  capacityAssessments: unknown[];
  bestInterestsDecisions: unknown[];
  /** Powers of attorney, advance decisions, liberty safeguards, IMCA, consent, advance care plans, ReSPECT / DNACPR. */
  capacityRecords: unknown[];
  /** Every version of the behaviour support plan, each with its agreements and reviews. */
  behaviourSupportPlanVersions: unknown[];
  abcRecords: unknown[];
  scatterPlotEntries: unknown[];
  /** Each with its debriefs. */
  restrictiveInterventions: unknown[];
  palAssessments: unknown[];
  disclosures: DisclosureSource[];
}

export interface SubjectAccessFile {
  path: string;
  content: string | Uint8Array;
}

/** A file name safe inside a zip on every system: no folders, no control or reserved characters. */
export function safeBundleFileName(name: string): string {
  const cleaned = name
    .replace(/[\u0000-\u001F\u007F/\\:*?"<>|]/g, '_')
    .replace(/^\.+/, '')
    .trim();
  return (cleaned === '' ? 'file' : cleaned).slice(0, 120);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function bundleAttachmentPath(index: number, fileName: string): string {
  return `attachments/${String(index + 1).padStart(3, '0')}-${safeBundleFileName(fileName)}`;
}

/** The files of the export, in the order they are listed in the README. */
export function subjectAccessBundle(input: SubjectAccessInput): SubjectAccessFile[] {
  const about = {
    exportId: input.exportId,
    generatedAt: input.generatedAt,
    generatedBy: input.generatedBy,
    organisation: input.organisationName,
  };
  const attachments = input.attachments.map((a, i) => ({ ...a, path: bundleAttachmentPath(i, a.fileName) }));
  const disclosures = input.disclosures.map(toDisclosure);
  return [
    { path: 'README.txt', content: subjectAccessReadme(input, attachments.length, disclosures.length) },
    {
      path: 'person.json',
      content: json({
        about,
        person: input.person,
        detailsHistory: input.personVersions,
        communicationNeeds: input.communicationNeeds,
        informationChoices: input.informationChoices,
      }),
    },
    { path: 'contacts.json', content: json({ about, contacts: input.contacts }) },
    { path: 'contact-entries.json', content: json({ about, contactEntries: input.contactEntries }) },
    {
      path: 'care-plan.json',
      content: json({
        about,
        versions: input.carePlanVersions,
        comments: input.planComments,
        attachments: attachments.map(({ bytes: _bytes, ...listed }) => listed),
      }),
    },
    { path: 'printed-packs.json', content: json({ about, printedPacks: input.printedPacks }) },
    { path: 'visit-records.json', content: json({ about, visitRecords: input.visitRecords }) },
    { path: 'planned-visits.json', content: json({ about, plannedVisits: input.plannedVisits }) },
    { path: 'capacity-assessments.json', content: json({ about, capacityAssessments: input.capacityAssessments }) },
    { path: 'best-interests-decisions.json', content: json({ about, bestInterestsDecisions: input.bestInterestsDecisions }) },
    { path: 'capacity-records.json', content: json({ about, capacityRecords: input.capacityRecords }) },
    { path: 'behaviour-support-plan.json', content: json({ about, versions: input.behaviourSupportPlanVersions }) },
    { path: 'abc-records.json', content: json({ about, abcRecords: input.abcRecords }) },
    { path: 'scatter-plot-entries.json', content: json({ about, scatterPlotEntries: input.scatterPlotEntries }) },
    {
      path: 'restrictive-interventions.json',
      content: json({ about, restrictiveInterventions: input.restrictiveInterventions }),
    },
    { path: 'pal-assessments.json', content: json({ about, palAssessments: input.palAssessments }) },
    {
      path: 'audits.json',
      content: json({
        about,
        planQualityChecks: input.planAudits,
        manualAudits: input.manualAudits,
        qualityActions: input.qualityActions,
      }),
    },
    { path: 'data-requests.json', content: json({ about, dataRequests: input.dataRequests }) },
    { path: 'disclosures.json', content: json({ about, disclosures }) },
    { path: 'disclosures.csv', content: disclosuresCsv(disclosures) },
    ...attachments.map((a) => ({ path: a.path, content: a.bytes })),
  ];
}
