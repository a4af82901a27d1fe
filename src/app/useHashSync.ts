import { useEffect } from 'react';
import { formatHash, type HashState } from '../state/hashState';

/**
 * Keeps the URL hash equal to the state. The hash is formatted on every render (it is cheap) and
 * written only when it changes; replaceState leaves the back button to real navigation.
 */
export function useHashSync(state: HashState): void {
  const hash = formatHash(state);
  useEffect(() => {
    if (hash !== window.location.hash) {
      window.history.replaceState(null, '', hash || window.location.pathname + window.location.search);
    }
  }, [hash]);
}
