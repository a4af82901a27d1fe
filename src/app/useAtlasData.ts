import { useCallback, useEffect, useRef, useState } from 'react';
import { loadAtlasData, type AtlasData } from '../data/loadAtlasData';

export type DataState =
  { status: 'loading' } | { status: 'ready'; data: AtlasData } | { status: 'error'; message: string };

/**
 * Loads the atlas data once, with a retry for the error state. `onReady` runs when the data arrives,
 * before it is shown, so the app can check the link against it.
 */
export function useAtlasData(onReady: (data: AtlasData) => void): [DataState, () => void] {
  const [state, setState] = useState<DataState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const readyRef = useRef(onReady);
  useEffect(() => {
    readyRef.current = onReady;
  });
  useEffect(() => {
    let cancelled = false;
    loadAtlasData().then(
      (data) => {
        if (cancelled) return;
        performance.mark('data-ready');
        readyRef.current(data);
        setState({ status: 'ready', data });
      },
      (error: unknown) =>
        !cancelled &&
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return [state, retry];
}
