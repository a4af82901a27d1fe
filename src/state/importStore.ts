/**
 * Keeps the user's own layers in this browser (IndexedDB) so a reload, or the switch to the page
 * that allows online tiles, loses nothing: the file's text is stored as it came and checked again
 * when it is read back. Nothing leaves the machine. Where IndexedDB is unavailable (some private
 * windows), the layers live only in the tab and nothing else changes.
 */

export interface StoredImport {
  id: string;
  fileName: string;
  text: string;
  colour: string;
  visible: boolean;
  /** When it was added, for the order of the list. */
  added: number;
}

const DB_NAME = 'bluebook-atlas';
const STORE = 'imports';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      // Resolve when the transaction has committed, not when its request succeeded: a reload
      // right after must find the change.
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB request failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/**
 * Every storage step of this tab runs after the one before it has committed. Without this, a
 * toggle right after an import read the record before the import had written it and lost the
 * change (the end-to-end test caught it under load).
 */
let queue: Promise<unknown> = Promise.resolve();

/** Runs a storage step in turn; a failure is logged, never thrown: storing is a convenience. */
function quietly<T>(what: string, step: () => Promise<T>, fallback: T): Promise<T> {
  const result = queue.then(async () => {
    try {
      if (typeof indexedDB === 'undefined') return fallback;
      return await step();
    } catch (error) {
      console.warn(`Bluebook Atlas could not ${what} your layers in this browser:`, error);
      return fallback;
    }
  });
  queue = result;
  return result;
}

export const readStoredImports = () =>
  quietly(
    'read',
    async () =>
      (await run<StoredImport[]>('readonly', (s) => s.getAll() as IDBRequest<StoredImport[]>)).sort(
        (a, b) => a.added - b.added,
      ),
    [] as StoredImport[],
  );

export const storeImport = (item: StoredImport) =>
  quietly('keep', () => run('readwrite', (s) => s.put(item)).then(() => undefined), undefined);

export const deleteStoredImport = (id: string) =>
  quietly('remove', () => run('readwrite', (s) => s.delete(id)).then(() => undefined), undefined);

/** Reads and rewrites the record in one transaction, so no other step can come between. */
export const setStoredVisibility = (id: string, visible: boolean) =>
  quietly(
    'update',
    () =>
      run('readwrite', (store) => {
        const request = store.get(id) as IDBRequest<StoredImport | undefined>;
        request.onsuccess = () => {
          if (request.result) store.put({ ...request.result, visible });
        };
        return request;
      }).then(() => undefined),
    undefined,
  );
