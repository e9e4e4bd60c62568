import { Storage, StoreItem, StoreItems } from 'botbuilder';
import { LRUCache } from 'lru-cache';

/**
 * botbuilder's MemoryStorage, bounded: at most `maxItems` documents, the least recently used
 * dropped first, so many conversations cannot grow the heap without limit. Same eTag rules as
 * MemoryStorage (a write with another document's eTag fails; none, or "*", overwrites).
 */
export class BoundedMemoryStorage implements Storage {
  private readonly items: LRUCache<string, string>;
  private eTag = 1;

  constructor(maxItems: number) {
    this.items = new LRUCache({ max: maxItems });
  }

  read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const json = this.items.get(key);
      if (json !== undefined) found[key] = JSON.parse(json) as StoreItem;
    }
    return Promise.resolve(found);
  }

  write(changes: StoreItems): Promise<void> {
    for (const [key, change] of Object.entries(changes) as [string, StoreItem][]) {
      const stored = this.items.get(key);
      const expected = change.eTag;
      if (stored !== undefined && expected && expected !== '*' && (JSON.parse(stored) as StoreItem).eTag !== expected)
        // MemoryStorage's wording, which isETagConflict recognises.
        return Promise.reject(new Error(`Storage: error writing "${key}" due to eTag conflict.`));
      this.save(key, change);
    }
    return Promise.resolve();
  }

  delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
    return Promise.resolve();
  }

  /** Stores `value` only where nothing is; synchronous, so no other write can come in between. */
  createIfMissing(key: string, value: object): boolean {
    if (this.items.has(key)) return false;
    this.save(key, value);
    return true;
  }

  private save(key: string, value: object): void {
    this.items.set(key, JSON.stringify({ ...value, eTag: String(this.eTag++) }));
  }
}
