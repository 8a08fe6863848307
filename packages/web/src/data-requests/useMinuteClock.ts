// The time now, moved on each minute, set by the server's clock: a countdown reads the same on every screen even
// when this device's clock is a few minutes out.
import { useEffect, useState } from 'react';

export function useMinuteClock(serverNow: string | null): Date {
  const [offset, setOffset] = useState(0);
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    if (serverNow === null) return;
    const parsed = Date.parse(serverNow);
    if (!Number.isNaN(parsed)) setOffset(parsed - Date.now());
  }, [serverNow]);

  useEffect(() => {
    const tick = () => {
      setNow(new Date());
    };
    // Ticks on the minute, so "12 minutes left" changes when a clock on the wall would.
    let interval: number | undefined;
    const first = window.setTimeout(() => {
      tick();
      interval = window.setInterval(tick, 60_000);
    }, 60_000 - (Date.now() % 60_000));
    return () => {
      window.clearTimeout(first);
      if (interval !== undefined) window.clearInterval(interval);
    };
  }, []);

  return new Date(now.getTime() + offset);
}
