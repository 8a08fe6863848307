// The export bundles made for a request, each to download, and the button that makes one: a zip of the named
// people's records, current plans and the last 28 days of visit records, kept exactly as it was made.
import type { DataRequest, DataRequestExport } from '@hearth/core';
import { useState } from 'react';
import { dataRequestExportFileUrl, makeDataRequestExport } from '../api/data-requests';
import { isApiError } from '../api/client';
import { formatDateTime } from '../format';

const size = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`);

export function ExportBundles({ request, mayExport, onMade }: { request: DataRequest; mayExport: boolean; onMade: (made: DataRequestExport) => void }) {
  const [making, setMaking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const make = async () => {
    setMaking(true);
    setProblem(null);
    try {
      onMade(await makeDataRequestExport(request.id));
    } catch (error) {
      setProblem(isApiError(error) ? (error.problem.detail ?? error.problem.title) : 'The bundle could not be made. Try again.');
    } finally {
      setMaking(false);
    }
  };

  return (
    <section aria-labelledby="export-bundles-heading">
      <h2 className="nhsuk-heading-m" id="export-bundles-heading">Export bundle</h2>
      <p className="nhsuk-body">
        A zip holding, for each person named and no one else, their record (without key-safe details), their current care
        and support plan and their visit records from the last 28 days. Send it securely, for example by secure email.
      </p>
      {request.exports.length === 0 ? (
        <p className="nhsuk-body">No bundle has been made for this request yet.</p>
      ) : (
        <ul className="nhsuk-list">
          {request.exports.map((e) => (
            <li key={e.id}>
              <a href={dataRequestExportFileUrl(e.id)} download={e.fileName}>Download {e.fileName}</a> ({size(e.sizeBytes)}), made {formatDateTime(e.createdAt)} by {e.createdBy.name}
              <br />
              <span className="nhsuk-u-secondary-text-colour hearth-request-checksum">SHA-256 checksum: <code>{e.sha256}</code></span>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error: </span>{problem}
        </p>
      )}
      {mayExport && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void make()} disabled={making}>
          {making ? 'Making the bundle…' : request.exports.length === 0 ? 'Make the export bundle' : 'Make a new export bundle'}
        </button>
      )}
    </section>
  );
}
