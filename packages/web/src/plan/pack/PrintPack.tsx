// Printing the pack for the home: fetched with the session, announced while it is prepared, then offered as a
// download; a refusal (busy, no plan, failure) is shown as an error summary instead of raw problem+json in a tab.
import { useCallback, useEffect, useRef } from 'react';
import { isApiError } from '../../api/client';
import { fetchPack, type PackSize } from '../../api/pack';
import { ErrorSummary } from '../../components/ErrorSummary';
import { usePreparedFile } from '../../files/usePreparedFile';
import { countPdfPages, packFileName, retryAdvice } from './pack-file';

const sizeLabels: Record<PackSize, string> = { standard: 'standard print', large: 'large print' };

interface Props {
  personId: string;
  legalName: string;
  /** The plan version the pack will hold, for the file name; null when no plan is in use yet. */
  version: number | null;
}

/** The server's reason, with when to try again when it was too busy to print. */
function refusalMessage(error: unknown): string {
  if (!isApiError(error)) return 'The pack could not be printed. Try again.';
  const detail = error.problem.detail ?? error.problem.title;
  return error.status === 503 && error.retryAfterSeconds !== undefined ? `${detail} ${retryAdvice(error.retryAfterSeconds)}` : detail;
}

export function PrintPack({ personId, legalName, version }: Props) {
  const fetchFile = useCallback((size: PackSize) => fetchPack(personId, size), [personId]);
  const { state, prepare: print } = usePreparedFile(fetchFile, { countPages: countPdfPages, refusalMessage });
  const download = useRef<HTMLAnchorElement>(null);
  const readyAttempt = state.kind === 'ready' ? state.attempt : null;

  useEffect(() => {
    if (readyAttempt !== null) download.current?.focus();
  }, [readyAttempt]);

  const isPreparing = state.kind === 'preparing';
  const status =
    state.kind === 'preparing'
      ? `Preparing the pack (${sizeLabels[state.key]})…`
      : state.kind === 'ready'
        ? `The pack (${sizeLabels[state.key]}) is ready to download.`
        : '';

  return (
    <>
      <ErrorSummary
        errors={[]}
        description={state.kind === 'failed' ? state.message : undefined}
        focusKey={state.kind === 'failed' ? state.attempt : 0}
        heading="The pack was not printed"
        headingId="print-pack-error-title"
      />
      <div className="nhsuk-button-group">
        {(['standard', 'large'] as const).map((size) => (
          <button
            key={size}
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            disabled={isPreparing}
            aria-busy={state.kind === 'preparing' && state.key === size ? true : undefined}
            onClick={() => {
              print(size);
            }}
          >
            Print the pack (PDF, {sizeLabels[size]})
          </button>
        ))}
      </div>
      <div role="status">{status && <p className="nhsuk-body">{status}</p>}</div>
      {state.kind === 'ready' && (
        <p className="nhsuk-body">
          <a ref={download} href={state.url} download={packFileName(legalName, version, state.key)}>
            Download the pack (PDF, {sizeLabels[state.key]}
            {state.pages !== null && `, ${state.pages} ${state.pages === 1 ? 'page' : 'pages'}`})
          </a>
        </p>
      )}
    </>
  );
}
