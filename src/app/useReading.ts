import { useCallback, useState } from 'react';

export type SidebarTab = 'layers' | 'reader' | 'returns' | 'quiz';

/**
 * Which sidebar tab is open and which document part is being read. `focusNonce` asks the reader to
 * scroll to the part and focus it (when a part is opened from elsewhere, not when clicked in place).
 */
export function useReading(
  initialPart: string | null,
  initialTab: SidebarTab = initialPart ? 'reader' : 'layers',
) {
  const [tab, setTab] = useState<SidebarTab>(initialTab);
  const [activePart, setActivePart] = useState<string | null>(initialPart);
  const [focusNonce, setFocusNonce] = useState(initialPart ? 1 : 0);

  const openPart = useCallback((id: string) => {
    setTab('reader');
    setActivePart(id);
    setFocusNonce((n) => n + 1);
  }, []);

  return { tab, setTab, activePart, setActivePart, focusNonce, openPart };
}
