// Keeps the phone in step with Hearth while a worker is signed in. Sends the outbox (reporting what is left): when the
// app starts, when the phone says it is back online, and every minute while the app is open (the "online" event is
// not always told of a signal that comes back). And keeps the records of their upcoming visits on the phone.
import { useEffect } from 'react';
import { useKeepAheadSync } from './useKeepAhead';
import { useOutboxSender } from './useOutboxSender';

const retryEveryMs = 60_000;

export function OutboxSync({ staffId }: { staffId: string }) {
  const { send, ensureSession } = useOutboxSender(staffId);
  useKeepAheadSync();

  useEffect(() => {
    const sendNow = () => {
      void send();
    };
    // Back online: bring a session restored offline up to date even when nothing waits to be sent.
    const onOnline = () => {
      void ensureSession().then(sendNow);
    };
    sendNow();
    window.addEventListener('online', onOnline);
    const timer = window.setInterval(sendNow, retryEveryMs);
    return () => {
      window.removeEventListener('online', onOnline);
      window.clearInterval(timer);
    };
  }, [send, ensureSession]);

  return null;
}
