/**
 * A read of something that changes (numbers in the database, say) shared by the callers that
 * may share it: each call is answered by a read that began after the call was made, so it sees
 * every change committed before. Calls made while a read is on its way share the next one, which
 * begins when that one ends: under load, one read per round trip rather than one per call.
 */
export function freshReads<T>(read: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | undefined;
  let next: Promise<T> | undefined;
  const start = () => {
    const started = read().finally(() => {
      if (current === started) current = undefined;
    });
    current = started;
    return started;
  };
  return () => {
    if (!current) return start();
    next ??= current
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return start();
      });
    return next;
  };
}
