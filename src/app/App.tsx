/**
 * The atlas's shell: holds the state (language, layers, selection, basemap, view), keeps it in the
 * URL hash, and lays out the side panel, the map and the details. Panels and map only render.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { LayerId } from '../data/layers';
import { translate, type Lang } from '../i18n/strings';
import type { FitRequest } from '../map/AtlasMap';
import { LAYER_SYMBOLS } from '../map/layerStyles';
import { FeatureDetails } from '../panels/FeatureDetails';
import { LayerPanel } from '../panels/LayerPanel';
import { Notices, type Notice } from '../panels/Notices';
import { PlaceChooser } from '../panels/PlaceChooser';
import type { BasemapId, MapView } from '../state/hashState';
import { initialState } from './initialState';
import { Sidebar } from './Sidebar';
import { useAtlasData } from './useAtlasData';
import { useHashSync } from './useHashSync';
import { useSelection } from './useSelection';
import { useMediaQuery } from './useMediaQuery';
import { canUseWebGL2 } from './webgl';

/** Zoom for a feature opened from a link: close enough to tell it from its neighbours. */
const FEATURE_ZOOM = 9;

const AtlasMap = lazy(() => import('../map/AtlasMap').then((m) => ({ default: m.AtlasMap })));

export function App() {
  const start = useMemo(() => initialState(window.location.hash, navigator.language), []);
  const [notices, setNotices] = useState<Notice[]>(() =>
    start.rejected.length
      ? [{ id: 'link', text: translate(start.lang, 'linkProblem', { keys: start.rejected.join(', ') }) }]
      : [],
  );
  const addNotice = useCallback(
    (notice: Notice) => setNotices((list) => [...list.filter((n) => n.id !== notice.id), notice]),
    [],
  );
  const [lang, setLang] = useState<Lang>(start.lang);
  const [visible, setVisible] = useState<ReadonlySet<LayerId>>(start.layers);
  const { selectedId, chooser, frame, select, choose, close, clear } = useSelection(start.feature);
  const [basemap, setBasemap] = useState<BasemapId>(start.basemap);
  const [view, setView] = useState<MapView>(start.view);
  const [panelOpen, setPanelOpen] = useState(false);
  const [fit, setFit] = useState<FitRequest | null>(null);
  const [dataState, retry] = useAtlasData((loaded) => {
    // A linked feature: check it exists and make its layer visible.
    if (!start.feature) return;
    const entry = loaded.featuresById.get(start.feature);
    if (entry) {
      setVisible((v) => (v.has(entry.layer) ? v : new Set([...v, entry.layer])));
    } else {
      clear();
      addNotice({ id: 'feature', text: translate(start.lang, 'featureNotFound', { id: start.feature }) });
    }
  });
  const webgl = useMemo(() => canUseWebGL2(), []);
  const narrow = useMediaQuery('(max-width: 700px)');
  const data = dataState.status === 'ready' ? dataState.data : null;

  // The map opens on the link's view, or on the linked feature, or on all of Japan.
  const initialView = useMemo(() => {
    const entry = data && start.feature ? data.featuresById.get(start.feature) : undefined;
    if (start.viewFromLink || !entry) return start.view;
    const [lng, lat] = entry.feature.geometry.coordinates;
    return { lng, lat, zoom: FEATURE_ZOOM };
  }, [data, start]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'appTitle');
  }, [lang]);

  useHashSync({ view, selectedId, visible, lang, basemap });

  const selectAndFrame = useCallback(
    (id: string) => {
      select(id, { frame: true });
      if (narrow) setPanelOpen(false);
    },
    [select, narrow],
  );

  const toggleLayer = useCallback((layer: LayerId, on: boolean) => {
    setVisible((v) => {
      const next = new Set(v);
      if (on) next.add(layer);
      else next.delete(layer);
      return next;
    });
  }, []);

  const onGsiFailed = useCallback(() => {
    setBasemap('offline');
    addNotice({ id: 'gsi', text: translate(lang, 'gsiUnreachable') });
  }, [addNotice, lang]);

  const selected = data && selectedId ? data.featuresById.get(selectedId) : undefined;
  const selectedVisible = selected && visible.has(selected.layer);
  const details =
    data && selected && selectedVisible ? (
      <FeatureDetails data={data} entry={selected} lang={lang} onClose={close} onSelect={selectAndFrame} />
    ) : null;
  const chooserPanel =
    data && chooser ? (
      <PlaceChooser data={data} ids={chooser.ids} lang={lang} onSelect={(id) => select(id)} onClose={close} />
    ) : null;
  const useSheet = narrow || !webgl;
  const popup =
    useSheet || !data
      ? null
      : chooser
        ? {
            key: 'chooser',
            lngLat: chooser.lngLat,
            offset: [0, -10] as [number, number],
            content: chooserPanel,
          }
        : selected && details
          ? {
              key: selected.feature.properties.id,
              lngLat: selected.feature.geometry.coordinates,
              offset: [
                LAYER_SYMBOLS[selected.layer].offset[0],
                LAYER_SYMBOLS[selected.layer].offset[1] - 12,
              ] as [number, number],
              content: details,
            }
          : null;

  return (
    <div className={`app${narrow ? ' narrow' : ''}`}>
      <a className="skip-link" href="#layers-heading">
        {translate(lang, 'skipToLayers')}
      </a>
      <Sidebar
        data={data}
        lang={lang}
        narrow={narrow}
        open={panelOpen}
        basemap={basemap}
        mapAvailable={webgl}
        onLang={setLang}
        onToggleOpen={() => setPanelOpen((o) => !o)}
        onBasemap={setBasemap}
        onPreset={(preset) => {
          setFit({ bounds: preset.bounds, nonce: Date.now() });
          if (narrow) setPanelOpen(false);
        }}
        layerPanel={
          data && (
            <LayerPanel
              data={data}
              lang={lang}
              visible={visible}
              selectedId={selectedId}
              onToggle={toggleLayer}
              onSelect={selectAndFrame}
            />
          )
        }
      />
      <main className="map-area" aria-label={translate(lang, 'mapRegion')}>
        {dataState.status === 'loading' && (
          <p className="status" role="status">
            {translate(lang, 'loading')}
          </p>
        )}
        {dataState.status === 'error' && (
          <div className="status error" role="alert">
            <p>{translate(lang, 'loadFailed')}</p>
            <p className="muted">{dataState.message}</p>
            <button type="button" onClick={retry}>
              {translate(lang, 'retry')}
            </button>
          </div>
        )}
        {!webgl && (
          <p className="status error" role="alert">
            {translate(lang, 'mapFailed')}
          </p>
        )}
        {data && webgl && (
          <Suspense fallback={<p className="status">{translate(lang, 'loading')}</p>}>
            <AtlasMap
              data={data}
              lang={lang}
              visible={visible}
              selectedId={selectedVisible ? selectedId : null}
              basemap={basemap}
              initialView={initialView}
              frame={frame}
              fit={fit}
              popup={popup}
              ariaLabel={translate(lang, 'mapRegion')}
              selectionOffset={useSheet ? -0.28 : 0.3}
              onSelect={select}
              onChoose={choose}
              onViewChange={setView}
              onGsiFailed={onGsiFailed}
            />
          </Suspense>
        )}
        <Notices
          notices={notices}
          lang={lang}
          onDismiss={(id) => setNotices((list) => list.filter((n) => n.id !== id))}
        />
      </main>
      {useSheet && (details || chooserPanel) && (
        <div
          className="sheet"
          role="dialog"
          aria-modal="false"
          aria-label={selected?.feature.properties.name[lang] ?? translate(lang, 'choosePlace')}
        >
          {chooserPanel ?? details}
        </div>
      )}
    </div>
  );
}
