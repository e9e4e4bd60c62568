import { Storage, StoreItem } from 'botbuilder';
import { StoreUnavailable, isETagConflict, stored } from './errors';

/**
 * Creates `key` with `value` only if nothing is stored there yet; false when something is. The
 * botbuilder Storage interface has no such write (a write without eTag overwrites), so each store
 * brings its own; see storage.ts.
 */
export type CreateIfMissing = (key: string, value: object) => Promise<boolean>;

/** How often a read-modify-write is tried before giving up on a very busy document. */
const WRITE_ATTEMPTS = 25;

/** A document as read, with what a conditional write needs to know it is still the same. */
export interface Versioned<T> {
  readonly value: T | undefined;
  /** The eTag read; undefined when there was no document. */
  readonly eTag: string | undefined;
}

/**
 * Documents shared by several bot instances (the review summary, shared cards), read and changed
 * through botbuilder's Storage with eTags: a write that lost a race is retried on fresh state,
 * never silently overwritten. Every failure of the store surfaces as StoreUnavailable.
 */
export class Documents {
  constructor(
    private readonly storage: Storage,
    private readonly createIfMissing: CreateIfMissing,
  ) {}

  async read<T extends object>(key: string): Promise<T | undefined> {
    return (await this.readVersioned<T>(key)).value;
  }

  async readVersioned<T extends object>(key: string): Promise<Versioned<T>> {
    const items = await stored(() => this.storage.read([key]));
    const item = items[key] as (T & { eTag?: string }) | undefined;
    if (!item) return { value: undefined, eTag: undefined };
    const { eTag, ...value } = item;
    return { value: value as unknown as T, eTag };
  }

  /** Writes `value` if the document is still as `read` found it; false when another writer was first. */
  async writeIfUnchanged<T extends object>(key: string, read: Versioned<T>, value: T): Promise<boolean> {
    if (read.eTag === undefined) return stored(() => this.createIfMissing(key, value));
    try {
      await stored(() => this.storage.write({ [key]: { ...value, eTag: read.eTag } as StoreItem }));
      return true;
    } catch (error) {
      if (isETagConflict((error as { cause?: unknown }).cause)) return false;
      throw error;
    }
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
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      const read = await this.readVersioned<T>(key);
      const next = change(read.value);
      if (next === undefined) return read.value;
      if (await this.writeIfUnchanged(key, read, next)) return next;
      await backOff(attempt);
    }
    throw new StoreUnavailable(new Error(`gave up writing "${key}" after ${WRITE_ATTEMPTS} conflicting attempts`));
  }
}

/** A little random wait, growing with the attempt, so writers that keep colliding spread out. */
function backOff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (attempt + 1)));
}
