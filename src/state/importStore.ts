/**
 * Keeps the user's own layers in this browser (IndexedDB) so a reload, or the switch to the page
 * that allows online tiles, loses nothing: the file's text is stored as it came and checked again
 * when it is read back. Nothing leaves the machine.
 *
 * Nothing lost, nothing silent:
 * - a layer's id is random (`import-` and 8 hex digits), not a count per tab, and a new layer is
 *   stored with `add`, which fails rather than overwrite a record with the same id;
 * - records are read back one by one (a cursor), so one unreadable record is reported, with a way
 *   to remove it, and the others load;
 * - every write says whether it committed (the caller tells the reader when it did not: quota,
 *   storage unavailable), and the other tabs of the atlas hear of it (BroadcastChannel) so their
 *   lists agree;
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

/** A record that is not a kept layer (damaged, or written by something else). */
export interface BrokenRecord {
  id: string;
  fileName: string;
}

/** The outcome of a write: committed, or the reason it was not. */
export type WriteResult = { ok: true } | { ok: false; reason: string };

const DB_NAME = 'bluebook-atlas';
const STORE = 'imports';
const CHANNEL = 'bluebook-atlas:imports';

/** A new layer id no other tab or kept layer is using (8 random hex digits: 4 billion values). */
export function newImportId(taken: ReadonlySet<string>): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(4));
    const id = `import-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    if (!taken.has(id)) return id;
  }
}

/** Whether a stored value has every field a kept layer needs. */
export function isStoredImport(value: unknown): value is StoredImport {
  const v = value as Partial<StoredImport> | null;
  return (
    v !== null &&
    typeof v === 'object' &&
    typeof v.id === 'string' &&
    typeof v.fileName === 'string' &&
    typeof v.text === 'string' &&
    typeof v.colour === 'string' &&
    typeof v.visible === 'boolean' &&
    typeof v.added === 'number'
  );
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
  });
}

/** Runs one transaction; resolves when it has committed (a reload right after finds the change). */
async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => () => T): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const result = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(result());
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

function inTurn<T>(step: () => Promise<T>): Promise<T> {
  const result = queue.then(step);
  queue = result.catch(() => undefined);
  return result;
}

const reasonOf = (error: unknown) =>
  error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
// Under Node (the unit tests) an open channel would keep the process alive.
(channel as { unref?: () => void } | null)?.unref?.();

/** Calls `heard` when another tab of the atlas has changed the kept layers. */
export function onOtherTabChange(heard: () => void): () => void {
  if (!channel) return () => undefined;
  const listener = () => heard();
  channel.addEventListener('message', listener);
  return () => channel.removeEventListener('message', listener);
}

/** A write in turn; the other tabs hear of it once it has committed. */
function write(step: (store: IDBObjectStore) => void): Promise<WriteResult> {
  return inTurn(async (): Promise<WriteResult> => {
    if (typeof indexedDB === 'undefined') return { ok: false, reason: 'IndexedDB is not available' };
    try {
      await run('readwrite', (store) => {
        step(store);
        return () => undefined;
      });
      channel?.postMessage('changed');
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: reasonOf(error) };
    }
  });
}

/** Every kept record, one by one: the layers, and the records that are not layers. */
export function readStoredImports(): Promise<{ items: StoredImport[]; broken: BrokenRecord[] }> {
  return inTurn(async () => {
    if (typeof indexedDB === 'undefined') return { items: [], broken: [] };
    try {
      return await run('readonly', (store) => {
        const items: StoredImport[] = [];
        const broken: BrokenRecord[] = [];
        const cursor = store.openCursor();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return;
          if (isStoredImport(at.value)) items.push(at.value);
          else {
            const name = (at.value as { fileName?: unknown } | null)?.fileName;
            broken.push({ id: String(at.primaryKey), fileName: typeof name === 'string' ? name : '' });
          }
          at.continue();
        };
        return () => ({ items: items.sort((a, b) => a.added - b.added), broken });
      });
    } catch (error) {
      console.warn('Bluebook Atlas could not read your layers kept in this browser:', error);
      return { items: [], broken: [] };
    }
  });
}

/** Keeps a new layer; never replaces a record with the same id (`add`, not `put`). */
export const storeImport = (item: StoredImport) => write((store) => store.add(item));

export const deleteStoredImport = (id: string) => write((store) => store.delete(id));

/** Reads and rewrites the record in one transaction, so no other step can come between. */
export const setStoredVisibility = (id: string, visible: boolean) =>
  write((store) => {
    const request = store.get(id) as IDBRequest<unknown>;
    request.onsuccess = () => {
      if (isStoredImport(request.result)) store.put({ ...request.result, visible });
    };
  });
