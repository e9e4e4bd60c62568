import { ContainerClient } from '@azure/storage-blob';
import { MemoryStorage, Storage, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { CreateIfMissing, Documents } from './documents';
import { isETagConflict } from './errors';

export interface StorageSettings {
  readonly STORAGE: 'memory' | 'blob';
  readonly BLOB_CONNECTION_STRING: string;
  readonly BLOB_CONTAINER: string;
}

export interface BotStore {
  /** Conversation and user state (botbuilder's Storage). */
  readonly storage: Storage;
  /** eTag-guarded documents: the review summary and shared walks. */
  readonly documents: Documents;
  /** Reads the store once: throws when it cannot be reached. */
  readonly check: () => Promise<void>;
}

/** In-process storage: nothing to set up, gone on restart, one instance only. */
export function memoryStore(): BotStore {
  const backing: Record<string, string> = {};
  const storage = new MemoryStorage(backing);
  // MemoryStorage writes synchronously inside write(), so check-then-write cannot interleave.
  const createIfMissing: CreateIfMissing = (key, value) => {
    if (Object.prototype.hasOwnProperty.call(backing, key)) return Promise.resolve(false);
    return storage.write({ [key]: value }).then(() => true);
  };
  return { storage, documents: new Documents(storage, createIfMissing), check: () => Promise.resolve() };
}

/**
 * BlobsStorage that starts afresh after a failure. BlobsStorage creates its container once and
 * keeps a failed attempt forever, so a store that was down at start-up would never be used.
 */
class RecoveringBlobsStorage implements Storage {
  private inner: BlobsStorage;

  constructor(
    private readonly connectionString: string,
    private readonly container: string,
  ) {
    this.inner = new BlobsStorage(connectionString, container);
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

  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (!isETagConflict(error)) this.inner = new BlobsStorage(this.connectionString, this.container);
      throw error;
    }
  }
}

/** Azure Blob Storage: what lets several bot instances serve one tenant. */
export function blobStore(connectionString: string, container: string): BotStore {
  const storage = new RecoveringBlobsStorage(connectionString, container);
  const containerClient = new ContainerClient(connectionString, container);
  // Document keys are [a-z0-9-] only, so BlobsStorage's key encoding leaves them unchanged.
  const createIfMissing: CreateIfMissing = async (key, value) => {
    const json = JSON.stringify(value);
    try {
      await containerClient.getBlockBlobClient(key).upload(json, Buffer.byteLength(json), {
        conditions: { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
      return true;
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 409 || status === 412) return false;
      if (status === 404) {
        await containerClient.createIfNotExists();
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
  return memoryStore();
}
