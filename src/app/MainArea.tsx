/**
 * The main area: the map or the list of places (with the switch between them), the loading and
 * error states, the drop overlay and the notices.
 */
import { lazy, Suspense } from 'react';
import { translate } from '../i18n/strings';
import { BasemapSwitch } from '../panels/BasemapSwitch';
import { FeatureTable } from '../panels/FeatureTable';
import { FilterBar } from '../panels/FilterBar';
import { ImportedTable } from '../panels/ImportedTable';
import { Notices } from '../panels/Notices';
import { usesSheet } from '../state/derived';
import { useAtlas } from '../state/store';
import { DetailsContent } from './Details';
import { ErrorBoundary } from './ErrorBoundary';
import { showList } from './SkipLinks';
import { useFileDrop } from './useFileDrop';
import { canUseWebGL2 } from './webgl';

const loadAtlasMap = () => import('../map/AtlasMap');
const AtlasMap = lazy(() => loadAtlasMap().then((m) => ({ default: m.AtlasMap })));
// Fetch the map's code (MapLibre) at once, beside the data, rather than after it.
if (canUseWebGL2()) void loadAtlasMap();

export function MainArea() {
  const lang = useAtlas((s) => s.lang);
  const load = useAtlas((s) => s.load);
  const webgl = useAtlas((s) => s.webgl);
  const mainView = useAtlas((s) => s.mainView);
  const loaded = useAtlas((s) => s.data !== null);
  const sheet = useAtlas(usesSheet);
  const start = useAtlas((s) => s.start);
  const dragging = useFileDrop((files) => void useAtlas.getState().importFiles(files), !start.lock);
  // A link to a place opens the map on it, so the map waits for the data to know where it is.
  const mapCanOpen = loaded || !start.feature || start.viewFromLink;

  return (
    <main className="map-area" aria-label={translate(lang, mainView === 'list' ? 'listView' : 'mapRegion')}>
      <div className="view-switch" role="group" aria-label={translate(lang, 'mainViewLabel')}>
        <button
          type="button"
          aria-pressed={mainView === 'map'}
          disabled={!webgl}
          onClick={() => useAtlas.getState().setMainView('map')}
        >
          {translate(lang, 'mapView')}
        </button>
        <button type="button" aria-pressed={mainView === 'list'} onClick={showList}>
          {translate(lang, 'listView')}
        </button>
      </div>
      {loaded && <FilterBar />}
      {load.status === 'loading' && (
        <p className="status" role="status">
          {translate(lang, 'loading')}
        </p>
      )}
      {load.status === 'error' && (
        <div className="status error" role="alert">
          <p>{translate(lang, 'loadFailed')}</p>
          <p className="muted">{load.message}</p>
          <button type="button" onClick={() => void useAtlas.getState().loadData()}>
            {translate(lang, 'retry')}
          </button>
        </div>
      )}
      {!webgl && (
        <p className="status error inline" role="alert">
          {translate(lang, 'mapFailed')}
        </p>
      )}
      {webgl && mapCanOpen && (
        <div className="map-holder" hidden={mainView === 'list'}>
          <ErrorBoundary scope="map" lang={lang} onShowList={showList}>
            <Suspense fallback={<p className="status">{translate(lang, 'loading')}</p>}>
              <AtlasMap popup={sheet ? null : <DetailsContent />} />
            </Suspense>
          </ErrorBoundary>
          <BasemapSwitch />
        </div>
      )}
      {loaded && mainView === 'list' && (
        <FeatureTable>
          <ImportedTable />
        </FeatureTable>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{translate(lang, 'importDrop')}</p>
        </div>
      )}
      <Notices />
    </main>
  );
}
