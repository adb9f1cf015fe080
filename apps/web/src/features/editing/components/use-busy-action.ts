import { useState } from 'react';

/**
 * One request at a time from a row of buttons (remove, undo, end): `run` ignores a click while
 * one is under way, and keeps what went wrong for the page to say.
 */
export function useBusyAction() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function run(action: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return { busy, failure, run };
}
