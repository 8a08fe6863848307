// Warns before the server's idle timeout signs the user out, and keeps the session alive while they are working.
import { useEffect, useRef, useState } from 'react';
import { setServerContactHandler } from '../api/client';
import { signOut as apiSignOut } from '../api/auth';
import { useSession } from './SessionContext';
import { describeDuration } from './describe-duration';
import { isServerReachable } from '../offline/offline-status';

const warnBeforeMs = 2 * 60 * 1000;
/** While the user is typing or clicking, tell the server at most this often that they are still here. */
const keepAliveEveryMs = 60 * 1000;
const activityEvents = ['keydown', 'pointerdown', 'input', 'wheel'] as const;

export function IdleTimeout({ idleTimeoutSeconds }: { idleTimeoutSeconds: number }) {
  const { refresh, endSession } = useSession();
  const lastContact = useRef(Date.now());
  const lastActivity = useRef(0);
  const keepAliveInFlight = useRef(false);
  const [remainingMs, setRemainingMs] = useState<number | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const timeoutMs = idleTimeoutSeconds * 1000;
  const isWarning = remainingMs !== null;

  useEffect(() => {
    setServerContactHandler(() => {
      lastContact.current = Date.now();
    });
    const onActivity = () => {
      lastActivity.current = Date.now();
    };
    for (const name of activityEvents) window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      setServerContactHandler(null);
      for (const name of activityEvents) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, []);

  useEffect(() => {
    const tick = () => {
      const now = Date.now();
      // Out of signal the server cannot be told the worker is busy, so their own activity keeps the phone signed in;
      // left idle, it still signs out. Back online, the server's session may have ended: they then sign in again.
      if (!isServerReachable() && lastActivity.current > lastContact.current) lastContact.current = lastActivity.current;
      const remaining = timeoutMs - (now - lastContact.current);
      if (remaining <= 0) {
        void apiSignOut().catch(() => undefined);
        endSession({ kind: 'idle', idleTimeoutSeconds });
        return;
      }
      if (remaining <= warnBeforeMs) {
        setRemainingMs(remaining);
        return;
      }
      setRemainingMs(null);
      const activeSinceContact = lastActivity.current > lastContact.current;
      if (activeSinceContact && now - lastContact.current >= keepAliveEveryMs && !keepAliveInFlight.current) {
        keepAliveInFlight.current = true;
        refresh()
          .catch(() => undefined)
          .finally(() => {
            keepAliveInFlight.current = false;
          });
      }
    };
    const timer = window.setInterval(tick, 1000);
    return () => {
      window.clearInterval(timer);
    };
  }, [timeoutMs, idleTimeoutSeconds, refresh, endSession]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isWarning && !dialog.open) dialog.showModal();
    if (!isWarning && dialog.open) dialog.close();
  }, [isWarning]);

  const staySignedIn = async () => {
    const me = await refresh().catch(() => null);
    if (me !== null) {
      lastContact.current = Date.now();
      setRemainingMs(null);
    }
  };

  const signOutNow = () => {
    void apiSignOut().catch(() => undefined);
    endSession({ kind: 'signed_out' });
  };

  return (
    <dialog
      ref={dialogRef}
      className="hearth-dialog"
      aria-labelledby="idle-warning-heading"
      aria-describedby="idle-warning-description"
      onCancel={(event) => {
        // Escape means "I'm still here": the same as pressing Stay signed in.
        event.preventDefault();
        void staySignedIn();
      }}
    >
      <h2 id="idle-warning-heading" className="nhsuk-heading-m">
        You will be signed out soon
      </h2>
      <p id="idle-warning-description" className="nhsuk-body">
        For your security, Hearth signs you out after {describeDuration(idleTimeoutSeconds)} without activity. You will be signed
        out in {describeRemaining(remainingMs ?? warnBeforeMs)}.
      </p>
      <div className="nhsuk-button-group">
        <button type="button" className="nhsuk-button" onClick={() => void staySignedIn()}>
          Stay signed in
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={signOutNow}>
          Sign out now
        </button>
      </div>
    </dialog>
  );
}

function describeRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds > 60) return `${Math.ceil(seconds / 60)} minutes`;
  if (seconds > 30) return '1 minute';
  return 'less than 30 seconds';
}
