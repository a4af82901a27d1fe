/**
 * The detail tile archive's ranges a page read before the service worker controlled it.
 *
 * The worker keeps each range of the detail archive it passes on, so that a place viewed once can
 * be drawn again offline. But it is registered after the page's `load` and takes control only once
 * installed, so on a first visit the first view's ranges go straight to the network and would not
 * be kept: reloaded offline, the place just viewed had no detailed ground. The basemap's archive
 * source records those ranges here (no MapLibre in this module: the page's first chunk imports
 * it), and once the worker controls the page, `keepRangesReadBeforeTheWorker` asks for them again
 * through it, which keeps them.
 */
const before = new Map<string, Set<string>>();

/** Whether a request made now would go through the service worker. */
const controlled = () => typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;

/** Notes a range (`bytes=a-b`, as the archive source asks for it) read before the worker controlled the page. */
export function noteRange(url: string, range: string): void {
  if (controlled()) return;
  const ranges = before.get(url) ?? new Set<string>();
  ranges.add(range);
  before.set(url, ranges);
}

/**
 * Reads every noted range again through the worker (which keeps it), then forgets them. A range
 * that cannot be read (the network gone meanwhile) is skipped: the place is then drawn from the
 * overview offline, as before.
 */
export async function keepRangesReadBeforeTheWorker(): Promise<number> {
  if (!controlled()) return 0;
  const reads = [...before].flatMap(([url, ranges]) =>
    [...ranges].map((range) =>
      fetch(url, { headers: { range } }).then(
        (response) => response.arrayBuffer().then(() => response.status === 206),
        () => false,
      ),
    ),
  );
  before.clear();
  return (await Promise.all(reads)).filter(Boolean).length;
}
