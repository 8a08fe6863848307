// "Waiting to send (N)": the visit records kept on this phone that Hearth does not have yet, with how long each has
// waited. One unsent after a day is highlighted; one Hearth refused stays, marked as needing attention, until the
// worker sends it again or removes it on purpose. Also confirms a record just saved on the phone.
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { NotificationBanner } from '../components/NotificationBanner';
import { useMe } from '../session/SessionContext';
import { describeAge, describeTime, isOverdue } from './copy-age';
import { retryEntry, type OutboxEntry } from './outbox';
import { putOutboxEntry, removeOutboxEntry, useOutbox } from './outbox-store';
import { useMinuteClock } from './useMinuteClock';
import { useOutboxSender } from './useOutboxSender';
import './offline.css';

/** Router state after a record was saved on the phone: its client id. */
export interface SavedOnPhoneState {
  savedOnPhone?: string;
}

/** Above the page heading, after the visit form kept a record on the phone; shown while that record is still here. */
export function SavedOnPhoneBanner() {
  const me = useMe();
  const list = useOutbox(me.staffId);
  const savedClientId = (useLocation().state as SavedOnPhoneState | null)?.savedOnPhone;
  if (list.kind !== 'ready' || !list.entries.some((e) => e.clientId === savedClientId)) return null;
  return (
    <NotificationBanner variant="success" id="saved-on-phone">
      <p className="nhsuk-notification-banner__heading">Saved on this phone — it will be sent when you are back online</p>
    </NotificationBanner>
  );
}

/** The worker's unsent records: all of them, or one person's. */
export function WaitingToSend({ personId }: { personId?: string }) {
  const me = useMe();
  const list = useOutbox(me.staffId);
  const now = useMinuteClock();
  if (list.kind !== 'ready') return null;
  const entries = personId === undefined ? list.entries : list.entries.filter((e) => e.personId === personId);

  return (
    <>
      {entries.length > 0 && (
        <section className="hearth-outbox" aria-labelledby="waiting-to-send-heading">
          <h2 className="nhsuk-heading-m" id="waiting-to-send-heading">
            Waiting to send ({entries.length})
          </h2>
          <p className="nhsuk-body">
            These records are kept on this phone until Hearth has them, and are sent by themselves when you are back online. If you
            sign out, they stay on this phone and are sent when you next sign in.
          </p>
          <ul className="nhsuk-list hearth-outbox__list">
            {entries.map((entry) => (
              <WaitingEntry key={entry.clientId} entry={entry} now={now} showPerson={personId === undefined} staffId={me.staffId} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function WaitingEntry({ entry, now, showPerson, staffId }: { entry: OutboxEntry; now: Date; showPerson: boolean; staffId: string }) {
  const { send } = useOutboxSender(staffId);
  const [isConfirmingRemoval, setConfirmingRemoval] = useState(false);
  const savedAt = new Date(entry.savedAt);
  const isLate = isOverdue(savedAt, now);
  const refusal = entry.state === 'needs_attention' ? entry.refusal : null;
  const classes = ['hearth-outbox__entry', isLate ? 'hearth-outbox__entry--overdue' : '', refusal ? 'hearth-outbox__entry--refused' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <li className={classes}>
      <p className="nhsuk-body nhsuk-u-margin-bottom-1">
        <strong>{entry.label}</strong>
        {showPerson && (
          <>
            {' for '}
            <Link to={`/people/${entry.personId}`}>{entry.personName}</Link>
          </>
        )}
      </p>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
        Saved on this phone at {describeTime(savedAt, now)} ({describeAge(savedAt, now)})
      </p>
      {isLate && (
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
          <strong className="nhsuk-tag nhsuk-tag--red">Not sent for over a day</strong> Find a signal and open Hearth, or tell the
          senior on duty.
        </p>
      )}
      {refusal && (
        <div className="nhsuk-u-margin-top-2">
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
            <strong className="nhsuk-tag nhsuk-tag--orange">Needs attention</strong> Hearth did not accept this record: {refusal.message}
          </p>
          {refusal.fieldErrors.length > 0 && (
            <ul className="nhsuk-list nhsuk-list--bullet nhsuk-body-s">
              {refusal.fieldErrors.map((e) => (
                <li key={`${e.field}:${e.message}`}>{e.message}</li>
              ))}
            </ul>
          )}
          <p className="nhsuk-body-s">It stays on this phone until it is sent or you remove it. Ask the senior on duty what to do.</p>
          {isConfirmingRemoval ? (
            <div className="nhsuk-u-margin-bottom-2">
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
                <strong>If you remove it, it will not be sent and cannot be got back.</strong>
              </p>
              <div className="nhsuk-button-group">
                <button type="button" className="nhsuk-button nhsuk-button--warning nhsuk-button--small" onClick={() => void removeOutboxEntry(entry.clientId)}>
                  Yes, remove it
                </button>
                <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => { setConfirmingRemoval(false); }}>
                  Keep it
                </button>
              </div>
            </div>
          ) : (
            <div className="nhsuk-button-group">
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                onClick={() => void putOutboxEntry(retryEntry(entry)).then(send)}
              >
                Try sending again
              </button>
              <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => { setConfirmingRemoval(true); }}>
                Remove it from this phone
              </button>
            </div>
          )}
        </div>
      )}
    </li>
  );
}
