// The plan in other formats (step 5 of the Accessible Information Standard, act): easy read and plain text to
// download, large print through the pack, with the person's preferred format first and marked as theirs.
import { outputFormatLabels, outputFormatOrder, type OutputFormat } from '@hearth/core';
import { useCallback, useEffect, useRef } from 'react';
import { fetchPlanFile, getCommunicationNeeds, type PlanFileFormat } from '../api/communication-needs';
import { ErrorSummary } from '../components/ErrorSummary';
import { useLoaded } from '../plan-views/useLoaded';
import { surnameFileStem } from '../files/file-stem';
import { usePreparedFile } from '../files/usePreparedFile';
import './communication-needs.css';

interface Props {
  personId: string;
  name: string;
  legalName: string;
  /** Whether the reader may print the pack (standard and large print) further down the page. */
  mayPrintPack: boolean;
}

const fileNames: Record<PlanFileFormat, (stem: string) => string> = {
  easy_read: (stem) => `plan-${stem}-easy-read.pdf`,
  plain_text: (stem) => `plan-${stem}.txt`,
};

export function PlanFormats({ personId, name, legalName, mayPrintPack }: Props) {
  const needs = useLoaded(() => getCommunicationNeeds(personId), [personId]);
  const fetchFile = useCallback((format: PlanFileFormat) => fetchPlanFile(personId, format), [personId]);
  const { state, prepare } = usePreparedFile(fetchFile);
  const download = useRef<HTMLAnchorElement>(null);
  const readyAttempt = state.kind === 'ready' ? state.attempt : null;
  useEffect(() => {
    if (readyAttempt !== null) download.current?.focus();
  }, [readyAttempt]);

  const current = needs.kind === 'ready' ? needs.value.current : null;
  const order: OutputFormat[] = outputFormatOrder(current?.needs ?? null);
  const preferred = current !== null && needs.kind === 'ready' ? needs.value.preferredOutput : null;

  return (
    <>
      <h2 className="nhsuk-heading-m">The plan in other formats</h2>
      <ErrorSummary
        errors={[]}
        description={state.kind === 'failed' ? state.message : undefined}
        focusKey={state.kind === 'failed' ? state.attempt : 0}
        heading="The plan was not produced"
        headingId="plan-formats-error-title"
      />
      <ul className="hearth-comm-formats">
        {order.map((format) => (
          <li key={format}>
            <FormatChoice
              format={format}
              isPreferred={format === preferred}
              name={name}
              mayPrintPack={mayPrintPack}
              busy={state.kind === 'preparing'}
              prepare={prepare}
            />
          </li>
        ))}
      </ul>
      <div role="status">
        {state.kind === 'preparing' && <p className="nhsuk-body">Preparing the plan ({outputFormatLabels[state.key]})…</p>}
        {state.kind === 'ready' && <p className="nhsuk-body">The plan ({outputFormatLabels[state.key]}) is ready to download.</p>}
      </div>
      {state.kind === 'ready' && (
        <p className="nhsuk-body">
          <a ref={download} href={state.url} download={fileNames[state.key](surnameFileStem(legalName))}>
            Download the plan ({outputFormatLabels[state.key]})
          </a>
        </p>
      )}
    </>
  );
}

interface ChoiceProps {
  format: OutputFormat;
  isPreferred: boolean;
  name: string;
  mayPrintPack: boolean;
  busy: boolean;
  prepare: (format: PlanFileFormat) => void;
}

function FormatChoice({ format, isPreferred, name, mayPrintPack, busy, prepare }: ChoiceProps) {
  const mark = isPreferred && <strong className="nhsuk-tag nhsuk-tag--blue hearth-comm-tag">{name}’s preferred format</strong>;
  if (format === 'easy_read' || format === 'plain_text') {
    return (
      <>
        {mark}
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0 nhsuk-u-display-block"
          disabled={busy}
          onClick={() => {
            prepare(format);
          }}
        >
          Get the plan: {outputFormatLabels[format]}
        </button>
      </>
    );
  }
  return (
    <p className="nhsuk-body nhsuk-u-margin-bottom-0">
      {mark} <strong>{outputFormatLabels[format]}</strong>:{' '}
      {mayPrintPack ? 'print the pack below in this size.' : 'ask a senior care worker or the manager to print the pack.'}
    </p>
  );
}
