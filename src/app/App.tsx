/**
 * The atlas's layout: skip links, the side panel, the map or list, the printed sheet and the
 * details sheet. State lives in the store (src/state/store.ts); nothing here holds any.
 */
import { lazy, Suspense } from 'react';
import { PrintSheet } from '../panels/PrintSheet';
import { useAtlas } from '../state/store';
import { Announcer } from './Announcer';
import { DetailsSheet } from './Details';
import { MainArea } from './MainArea';
import { Sidebar } from './Sidebar';
import { SkipLinks } from './SkipLinks';
import { useAtlasSession } from './useAtlasSession';

// Loaded when a teacher first presents or prints an activity, not with the atlas.
const Presenter = lazy(() => import('./Presenter').then((m) => ({ default: m.Presenter })));
const ActivityPrint = lazy(() =>
  import('../panels/ActivityPrint').then((m) => ({ default: m.ActivityPrint })),
);

export function App() {
  useAtlasSession();
  const narrow = useAtlas((s) => s.narrow);
  const loaded = useAtlas((s) => s.data !== null);
  const presenting = useAtlas((s) => s.presenting !== null);
  const printingActivity = useAtlas((s) => s.printingActivity !== null);
  return (
    <div
      className={`app${narrow ? ' narrow' : ''}${presenting ? ' presenting' : ''}${printingActivity ? ' printing-activity' : ''}`}
    >
      <SkipLinks />
      <Announcer />
      <Sidebar />
      <MainArea />
      {loaded && <PrintSheet />}
      <DetailsSheet />
      <Suspense fallback={null}>
        {presenting && <Presenter />}
        {printingActivity && <ActivityPrint />}
      </Suspense>
    </div>
  );
}
