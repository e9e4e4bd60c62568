import { Storage, StoreItem } from 'botbuilder';

/**
 * Creates `key` with `value` only if nothing is stored there yet; false when something is. The
 * botbuilder Storage interface has no such write (a write without eTag overwrites), so each store
 * brings its own; see storage.ts.
 */
export type CreateIfMissing = (key: string, value: object) => Promise<boolean>;

/** How often a read-modify-write is tried before giving up on a very busy document. */
const ATTEMPTS = 25;

function isConflict(error: unknown): boolean {
  return error instanceof Error && /eTag conflict/i.test(error.message);
}

/**
 * Documents shared by several bot instances (the review summary, shared walks), read and changed
 * through botbuilder's Storage with eTags: a write that lost a race is retried on fresh state,
 * never silently overwritten. ConversationState's saveChanges writes with "*" (last writer wins),
 * which is fine for a user's settings but would drop rows of a summary.
 */
export class Documents {
  constructor(
    private readonly storage: Storage,
    private readonly createIfMissing: CreateIfMissing,
  ) {}

  async read<T extends object>(key: string): Promise<T | undefined> {
    const items = await this.storage.read([key]);
    const item = items[key] as (T & { eTag?: string }) | undefined;
    if (!item) return undefined;
    const { eTag: _eTag, ...value } = item;
    return value as unknown as T;
  }

  /**
   * Applies `change` to the current value (undefined when there is none) and stores the result,
   * atomically with respect to other writers. `change` may run several times; it must be pure,
   * and returns undefined to leave the document as it is. Returns the document as it now stands.
   */
  async update<T extends object>(
    key: string,
    change: (current: T | undefined) => T | undefined,
  ): Promise<T | undefined> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const items = await this.storage.read([key]);
      const stored = items[key] as (T & { eTag?: string }) | undefined;
      if (!stored) {
        const created = change(undefined);
        if (created === undefined || (await this.createIfMissing(key, created))) return created;
        continue;
      }
      const { eTag, ...current } = stored;
      const next = change(current as unknown as T);
      if (next === undefined) return current as unknown as T;
      try {
        await this.storage.write({ [key]: { ...next, eTag } as StoreItem });
        return next;
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
      // Back off a little, randomly, so writers that keep colliding spread out.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (attempt + 1)));
    }
    throw new Error(`Storage: gave up writing "${key}" after ${ATTEMPTS} conflicting attempts`);
  }
}
