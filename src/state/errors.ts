/** A failure of the store (not of the bot): the user gets an apology, and nothing changed. */
export class StoreUnavailable extends Error {
  constructor(readonly cause: unknown) {
    super('the store is unavailable');
  }
}

/** Runs a store operation; its failure becomes StoreUnavailable. */
export async function stored<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw error instanceof StoreUnavailable ? error : new StoreUnavailable(error);
  }
}

/** A write that lost a race against another writer (botbuilder's stores say so in the message). */
export function isETagConflict(error: unknown): boolean {
  return error instanceof Error && /etag conflict/i.test(error.message);
}
