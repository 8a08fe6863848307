// Shown when a save meets someone else's newer save of the draft: who saved it and when, what they changed since
// your copy, which of your unsaved changes clash with theirs, and an explicit choice. Nothing is saved until you choose.
import { useEffect, useRef } from 'react';
import { formatDateTime } from '../../format';
import type { ConflictRows } from './conflict-rows';
import { ConflictTable } from './ConflictTable';
import '../../plan-views/plan-views.css';

interface Props {
  /** Who saved the draft last, and when (ISO). */
  savedBy: string;
  savedAt: string;
  /** "this section", "who took part and the reason". */
  what: string;
  rows: ConflictRows;
  /** Changes each time a save meets a newer one, so focus moves here again. */
  focusKey: number;
  isSaving: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

export function DraftConflictNotice({ savedBy, savedAt, what, rows, focusKey, isSaving, onKeepMine, onUseTheirs }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  const theirs = `Saved by ${savedBy}`;
  const hasMine = rows.clashes.length + rows.yourOtherChanges.length > 0;

  return (
    <div className="nhsuk-warning-callout hearth-draft-conflict" ref={ref} tabIndex={-1} aria-labelledby="draft-conflict-heading">
      <h2 className="nhsuk-warning-callout__label" id="draft-conflict-heading">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          {savedBy} saved this draft after you opened it
        </span>
      </h2>
      <p role="alert">
        {savedBy} saved the draft at {formatDateTime(savedAt)}. Your changes to {what} have not been saved: they are still in the
        form below.
      </p>

      <h3 className="nhsuk-heading-s">What {savedBy} changed</h3>
      {rows.theirChanges.length === 0 ? (
        <p>They did not change {what}: they changed other parts of the draft.</p>
      ) : (
        <ConflictTable
          caption={`What ${savedBy} changed in ${what} since you opened it`}
          rows={rows.theirChanges}
          columns={[
            { heading: 'When you opened it', value: (r) => r.base },
            { heading: theirs, value: (r) => r.theirs },
          ]}
        />
      )}

      <h3 className="nhsuk-heading-s">Your changes that clash with theirs</h3>
      {rows.clashes.length === 0 ? (
        <p>None of your changes clash with theirs.</p>
      ) : (
        <ConflictTable
          caption="Where you both changed the same thing"
          rows={rows.clashes}
          columns={[
            { heading: theirs, value: (r) => r.theirs },
            { heading: 'Your change', value: (r) => r.yours },
          ]}
        />
      )}
      {rows.yourOtherChanges.length > 0 && (
        <>
          <p>Your other changes do not clash with theirs:</p>
          <ul>
            {rows.yourOtherChanges.map((r) => (
              <li key={r.field}>{r.label}</li>
            ))}
          </ul>
        </>
      )}

      <p>
        {hasMine
          ? `Keeping your changes saves them on top of ${savedBy}’s version. Where you both changed the same thing, yours replace theirs; everything else they changed stays.`
          : `Your form now matches what ${savedBy} saved, so there is nothing of yours to keep.`}
      </p>
      <div className="nhsuk-button-group nhsuk-u-margin-bottom-0">
        {hasMine && (
          <button type="button" className="nhsuk-button nhsuk-u-margin-bottom-0" disabled={isSaving} onClick={onKeepMine}>
            Keep my changes and save again
          </button>
        )}
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
          disabled={isSaving}
          onClick={onUseTheirs}
        >
          Discard my changes and use theirs
        </button>
      </div>
    </div>
  );
}
