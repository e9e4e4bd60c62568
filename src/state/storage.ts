import { ContainerClient, StoragePipelineOptions } from '@azure/storage-blob';
import { Storage, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { CreateIfMissing, Documents } from './documents';
import { isETagConflict } from './errors';
import { BoundedMemoryStorage } from './memoryStorage';
import { STORE_TIMEOUT_MS, TimedStorage, withStoreTimeout } from './timedStorage';

export interface StorageSettings {
  readonly STORAGE: 'memory' | 'blob';
  readonly BLOB_CONNECTION_STRING: string;
  readonly BLOB_CONTAINER: string;
  readonly MEMORY_STORE_MAX_ITEMS: number;
}

/** Documents the memory store keeps when the configuration does not say (MEMORY_STORE_MAX_ITEMS). */
export const DEFAULT_MEMORY_STORE_MAX_ITEMS = 10_000;

export interface BotStore {
  /** Conversation and user state (botbuilder's Storage). */
  readonly storage: Storage;
  /** eTag-guarded documents: the review summary and shared walks. */
  readonly documents: Documents;
  /** Reads the store once: throws when it cannot be reached. */
  readonly check: () => Promise<void>;
}

/** In-process storage: nothing to set up, gone on restart, one instance only, the least recently used dropped past `maxItems`. */
export function memoryStore(maxItems = DEFAULT_MEMORY_STORE_MAX_ITEMS): BotStore {
  const memory = new BoundedMemoryStorage(maxItems);
  const storage = new TimedStorage(memory);
  const createIfMissing: CreateIfMissing = (key, value) => Promise.resolve(memory.createIfMissing(key, value));
  return { storage, documents: new Documents(storage, createIfMissing), check: () => Promise.resolve() };
}

/**
 * The Azure SDK's own retries stay inside one store call's time: a call the bot no longer waits for
 * should not go on in the background.
 */
const BLOB_PIPELINE: StoragePipelineOptions = {
  retryOptions: { maxTries: 2, tryTimeoutInMs: STORE_TIMEOUT_MS, retryDelayInMs: 200, maxRetryDelayInMs: 500 },
};

/**
 * BlobsStorage that starts afresh after a failure or a timeout. BlobsStorage creates its container
 * once and keeps that attempt forever, failed or still pending, so a store that was down (or hung)
 * at start-up would never be used.
 */
class RecoveringBlobsStorage implements Storage {
  private inner: Storage;

  constructor(
    private readonly connectionString: string,
    private readonly container: string,
  ) {
    this.inner = this.fresh();
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.guard(() => this.inner.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.guard(() => this.inner.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.guard(() => this.inner.delete(keys));
  }

  private fresh(): Storage {
    return new TimedStorage(
      new BlobsStorage(this.connectionString, this.container, { storagePipelineOptions: BLOB_PIPELINE }),
    );
  }

  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (!isETagConflict(error)) this.inner = this.fresh();
      throw error;
    }
  }
}

/** Azure Blob Storage: what lets several bot instances serve one tenant. */
export function blobStore(connectionString: string, container: string): BotStore {
  const storage = new RecoveringBlobsStorage(connectionString, container);
  const containerClient = new ContainerClient(connectionString, container, BLOB_PIPELINE);
  // Document keys are [a-z0-9-] only, so BlobsStorage's key encoding leaves them unchanged.
  const createIfMissing: CreateIfMissing = async (key, value) => {
    const json = JSON.stringify(value);
    try {
      await withStoreTimeout(
        'create',
        containerClient.getBlockBlobClient(key).upload(json, Buffer.byteLength(json), {
          conditions: { ifNoneMatch: '*' },
          blobHTTPHeaders: { blobContentType: 'application/json' },
        }),
      );
      return true;
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 409 || status === 412) return false;
      if (status === 404) {
        await withStoreTimeout('container creation', containerClient.createIfNotExists());
        return createIfMissing(key, value);
      }
      throw error;
    }
  };
  return {
    storage,
    documents: new Documents(storage, createIfMissing),
    check: async () => {
      await storage.read(['readiness-probe']);
    },
  };
}

export function createStore(settings: StorageSettings): BotStore {
  if (settings.STORAGE === 'blob') return blobStore(settings.BLOB_CONNECTION_STRING, settings.BLOB_CONTAINER);
  return memoryStore(settings.MEMORY_STORE_MAX_ITEMS);
}
