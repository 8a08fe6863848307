// Moves focus to an element once it has rendered: a field added to a list, or the list after a removal.
import { useEffect, useState } from 'react';

export function useFocusRequest(): (id: string) => void {
  const [focusRequest, setFocusRequest] = useState<string | null>(null);
  useEffect(() => {
    if (focusRequest === null) return;
    document.getElementById(focusRequest)?.focus();
    setFocusRequest(null);
  }, [focusRequest]);
  return setFocusRequest;
}
