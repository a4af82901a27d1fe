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
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
  } finally {
    db.close();
  }
}

/** Runs a storage step; a failure is logged, never thrown: storing is a convenience. */
async function quietly<T>(what: string, step: () => Promise<T>, fallback: T): Promise<T> {
  try {
    if (typeof indexedDB === 'undefined') return fallback;
    return await step();
  } catch (error) {
    console.warn(`Bluebook Atlas could not ${what} your layers in this browser:`, error);
    return fallback;
  }
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

export const setStoredVisibility = (id: string, visible: boolean) =>
  quietly(
    'update',
    async () => {
      const item = (await run('readonly', (s) => s.get(id))) as StoredImport | undefined;
      if (item) await run('readwrite', (s) => s.put({ ...item, visible }));
    },
    undefined,
  );
