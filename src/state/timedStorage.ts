import { withDeadline } from '../util/deadline';
import { Storage, StoreItems } from 'botbuilder';

/** Longest any store call (read, write, delete, create, the container's creation) may take; then it fails. */
export const STORE_TIMEOUT_MS = 3_000;

/** A store call that did not answer in time: the store is treated as unavailable. */
export class StoreTimeout extends Error {
  constructor(operation: string, timeoutMs: number) {
    super(`Storage: ${operation} did not answer within ${timeoutMs} ms`);
    this.name = 'StoreTimeout';
  }
}

/**
 * `work`, or a StoreTimeout after `timeoutMs`. The call itself is not cancelled (botbuilder's
 * Storage cannot be), only no longer waited for.
 */
export function withStoreTimeout<T>(operation: string, work: Promise<T>, timeoutMs = STORE_TIMEOUT_MS): Promise<T> {
  return withDeadline(work, timeoutMs, () => new StoreTimeout(operation, timeoutMs));
}

/** A Storage whose every call answers within `timeoutMs`, so a hung store costs a turn seconds, not minutes. */
export class TimedStorage implements Storage {
  constructor(
    private readonly inner: Storage,
    private readonly timeoutMs = STORE_TIMEOUT_MS,
  ) {}

  read(keys: string[]): Promise<StoreItems> {
    return withStoreTimeout('read', this.inner.read(keys), this.timeoutMs);
  }

  write(changes: StoreItems): Promise<void> {
    return withStoreTimeout('write', this.inner.write(changes), this.timeoutMs);
  }

  delete(keys: string[]): Promise<void> {
    return withStoreTimeout('delete', this.inner.delete(keys), this.timeoutMs);
  }
}
