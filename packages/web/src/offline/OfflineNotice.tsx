// Says plainly when a page shows the copy kept on the phone, and how old it is. The live region is always on the
// page, so a screen reader announces the notice (politely) when it appears; it has no status role, so the page's own
// status messages (search results and the like) stay the first on the page.
import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { describeCopy } from './copy-age';
import { noteOffline, oldestCopy, useOfflineStatus } from './offline-status';
import { useMinuteClock } from './useMinuteClock';
import './offline.css';

export function OfflineNotice() {
  const status = useOfflineStatus();
  const now = useMinuteClock();
  const { pathname } = useLocation();
  useEffect(() => {
    noteOffline({ kind: 'page_changed' });
  }, [pathname]);
  const oldest = oldestCopy(status);

  return (
    <div aria-live="polite" aria-atomic="true" className="hearth-offline-notice">
      {oldest && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          {status.isReachable ? (
            <>
              <p>Hearth can be reached again, but this page still shows {describeCopy(oldest, now)}.</p>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
                onClick={() => {
                  window.location.reload();
                }}
              >
                Show the latest
              </button>
            </>
          ) : (
            <p>
              <strong>You are offline</strong> — showing {describeCopy(oldest, now)}. Records you make are saved on this phone
              and sent when you are back online.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
