/**
 * `work`, or what `whenLate()` returns once `timeoutMs` have passed (what it throws rejects). The
 * work itself is not cancelled (what it calls may not be cancellable), only no longer waited for.
 */
export async function raceTimeout<T>(work: Promise<T>, timeoutMs: number, whenLate: () => T): Promise<T> {
  const late = Symbol('late');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof late>((resolve) => {
    timer = setTimeout(() => resolve(late), timeoutMs);
  });
  try {
    const first = await Promise.race([work, timeout]);
    return first === late ? whenLate() : first;
  } finally {
    clearTimeout(timer);
  }
}

/** `work`, or the error `late()` makes once `timeoutMs` have passed. */
export function withDeadline<T>(work: Promise<T>, timeoutMs: number, late: () => Error): Promise<T> {
  return raceTimeout(work, timeoutMs, () => {
    throw late();
  });
}
