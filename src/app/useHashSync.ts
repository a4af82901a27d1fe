import { useEffect, useRef } from 'react';
import { formatHash, type HashState } from '../state/hashState';

/**
 * Keys whose change is a step a reader may want to go Back from: another place, paragraph, year,
 * main view or quiz. Moving the map, typing a search or ticking a layer only rewrites the entry.
 */
const STEP_KEYS = ['feature', 'paragraph', 'year', 'view', 'quiz'] as const;

function isStep(from: string, to: string): boolean {
  const a = new URLSearchParams(from.replace(/^#/, ''));
  const b = new URLSearchParams(to.replace(/^#/, ''));
  return STEP_KEYS.some((key) => a.get(key) !== b.get(key));
}

/** An in-page anchor such as `#layers-heading`, not a link's state (which always has `key=value`). */
const isAnchor = (hash: string) => hash.length > 1 && !hash.includes('=');

/**
 * Keeps the URL hash and the atlas's state in step, both ways. The hash is formatted from the
 * state on every render (it is cheap) and written when it changes: a new entry (pushState) for a
 * step (see STEP_KEYS), so Back and Forward walk the reader's steps, else the entry is replaced.
 * A hash the reader brings (Back, Forward, an edited link in an open tab) is handed to `onLink`;
 * the state it leads to then replaces that entry in its own form, never adding one.
 */
export function useHashSync(state: HashState, onLink: (hash: string) => void): void {
  const hash = formatHash(state);
  /** The hash as the atlas last wrote or read it. */
  const written = useRef(window.location.hash);
  /** True from reading a link until the state it leads to has been written back (replacing). */
  const reading = useRef(false);
  const onLinkRef = useRef(onLink);
  useEffect(() => {
    onLinkRef.current = onLink;
  });

  useEffect(() => {
    if (hash === window.location.hash) {
      written.current = hash;
      reading.current = false;
      return;
    }
    const url = hash || window.location.pathname + window.location.search;
    if (!reading.current && isStep(written.current, hash)) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    written.current = hash;
    reading.current = false;
  }, [hash]);

  useEffect(() => {
    const read = () => {
      const now = window.location.hash;
      if (now === written.current) return;
      if (isAnchor(now)) {
        // Not a link's state: put the state back rather than lose it.
        window.history.replaceState(null, '', written.current || window.location.pathname);
        return;
      }
      written.current = now;
      reading.current = true;
      onLinkRef.current(now);
    };
    window.addEventListener('hashchange', read);
    window.addEventListener('popstate', read);
    return () => {
      window.removeEventListener('hashchange', read);
      window.removeEventListener('popstate', read);
    };
  }, []);
}
