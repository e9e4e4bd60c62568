import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The fate of each turn, carried through its async context: onTurnError marks the turn it runs
 * in as failed (even when the adapter recovers and answers 200), the request log reads it.
 */
export function createTurnOutcomes() {
  const turns = new AsyncLocalStorage<{ failed: boolean }>();
  return {
    /** Runs a turn and says whether it failed. */
    async track<T>(turn: () => Promise<T>): Promise<{ result: T; failed: boolean }> {
      const fate = { failed: false };
      const result = await turns.run(fate, turn);
      return { result, failed: fate.failed };
    },
    /** Marks the turn of the current async context as failed; nothing outside a tracked turn. */
    markFailed(): void {
      const fate = turns.getStore();
      if (fate) fate.failed = true;
    },
  };
}
