// On the person's page, for managers and the quality lead: export everything held about the person (subject access)
// in one step, then offer the download with its size and checksum.
import type { Person, RecordExport } from '@hearth/core';
import { useState } from 'react';
import { isApiError } from '../api/client';
import { createSubjectAccessExport, recordExportFilePath } from '../api/subject-access';
import { mayInService } from '../access/permissions';
import { useMe } from '../session/SessionContext';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function SubjectAccessExport({ person }: { person: Person }) {
  const me = useMe();
  const [made, setMade] = useState<RecordExport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  if (!mayInService(me, 'create', 'record_export', person.serviceId)) return null;

  const onExport = async () => {
    setWorking(true);
    setProblem(null);
    try {
      setMade(await createSubjectAccessExport(person.id));
    } catch (error) {
      setProblem(isApiError(error) ? (error.problem.detail ?? error.problem.title) : 'The export could not be made. Try again.');
    } finally {
      setWorking(false);
    }
  };

  return (
    <section aria-labelledby="subject-access-heading">
      <h2 className="nhsuk-heading-m" id="subject-access-heading">
        Export everything we hold (subject access)
      </h2>
      <p className="nhsuk-body">
        When {person.preferredName ?? person.legalName} asks for their records (the right of access), make one file with
        everything Hearth holds about them: their details, plan versions, visit records, audits, attached files, and who has seen
        or changed their record. The export is kept, and making it is recorded.
      </p>
      {problem && (
        <div className="nhsuk-error-summary" role="alert" tabIndex={-1}>
          <h3 className="nhsuk-error-summary__heading">The export could not be made</h3>
          <div className="nhsuk-error-summary__body">
            <p>{problem}</p>
          </div>
        </div>
      )}
      {made === null ? (
        <button className="nhsuk-button nhsuk-button--secondary" type="button" disabled={working} onClick={() => void onExport()}>
          {working ? 'Making the export…' : 'Make the export'}
        </button>
      ) : (
        <div className="nhsuk-inset-text" aria-live="polite">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            The export is ready: {made.fileName}, {formatBytes(made.sizeBytes)}.
          </p>
          <p className="hearth-break">
            Checksum (SHA-256): <code>{made.sha256}</code>
          </p>
          <p>
            <a className="nhsuk-link" href={recordExportFilePath(made.id)} download={made.fileName}>
              Download the export (zip, {formatBytes(made.sizeBytes)})
            </a>
          </p>
        </div>
      )}
    </section>
  );
}
