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
    {
      path: 'care-plan.json',
      content: json({
        about,
        versions: input.carePlanVersions,
        comments: input.planComments,
        attachments: attachments.map(({ bytes: _bytes, ...listed }) => listed),
      }),
    },
    { path: 'visit-records.json', content: json({ about, visitRecords: input.visitRecords }) },
    {
      path: 'audits.json',
      content: json({
        about,
        planQualityChecks: input.planAudits,
        manualAudits: input.manualAudits,
        qualityActions: input.qualityActions,
      }),
    },
    { path: 'disclosures.json', content: json({ about, disclosures }) },
    { path: 'disclosures.csv', content: disclosuresCsv(disclosures) },
    ...attachments.map((a) => ({ path: a.path, content: a.bytes })),
  ];
}
