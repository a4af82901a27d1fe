/**
 * The atlas's shell: holds the state (language, layers, selection, basemap, view), keeps it in the
 * URL hash, and lays out the side panel, the map and the details. Panels and map only render.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AtlasData } from '../data/loadAtlasData';
import { LAYER_IDS, type LayerId } from '../data/layers';
import { LANGS, translate, type Lang } from '../i18n/strings';
import type { FrameRequest } from '../map/AtlasMap';
import { LAYER_SYMBOLS } from '../map/layerStyles';
import { FeatureDetails } from '../panels/FeatureDetails';
import { LayerPanel } from '../panels/LayerPanel';
import { Notices, type Notice } from '../panels/Notices';
import { PlaceChooser } from '../panels/PlaceChooser';
import { BasemapSwitch } from '../panels/BasemapSwitch';
import { formatHash, type BasemapId, type MapView } from '../state/hashState';
import { initialState } from './initialState';
import { useAtlasData } from './useAtlasData';
import { useMediaQuery } from './useMediaQuery';
import { canUseWebGL2 } from './webgl';

/** Zoom for a feature opened from a link: close enough to tell it from its neighbours. */
const FEATURE_ZOOM = 9;

const AtlasMap = lazy(() => import('../map/AtlasMap').then((m) => ({ default: m.AtlasMap })));

interface Chooser {
  ids: string[];
  lngLat: [number, number];
}

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
  const [selectedId, setSelectedId] = useState<string | null>(start.feature);
  const [basemap, setBasemap] = useState<BasemapId>(start.basemap);
  const [view, setView] = useState<MapView>(start.view);
  const [chooser, setChooser] = useState<Chooser | null>(null);
  const [frame, setFrame] = useState<FrameRequest | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [dataState, retry] = useAtlasData((loaded) => {
    // A linked feature: check it exists and make its layer visible.
    if (!start.feature) return;
    const entry = loaded.featuresById.get(start.feature);
    if (entry) {
      setVisible((v) => (v.has(entry.layer) ? v : new Set([...v, entry.layer])));
    } else {
      setSelectedId(null);
      addNotice({ id: 'feature', text: translate(start.lang, 'featureNotFound', { id: start.feature }) });
    }
  });
  const webgl = useMemo(() => canUseWebGL2(), []);
  const narrow = useMediaQuery('(max-width: 700px)');
  const opener = useRef<HTMLElement | null>(null);
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

  // The hash follows the state; replaceState keeps the back button for real navigation.
  useEffect(() => {
    const layers = visible.size === LAYER_IDS.length ? undefined : LAYER_IDS.filter((l) => visible.has(l));
    const hash = formatHash({ view, feature: selectedId ?? undefined, layers, lang, basemap });
    if (hash !== window.location.hash)
      window.history.replaceState(null, '', hash || window.location.pathname + window.location.search);
  }, [view, selectedId, visible, lang, basemap]);

  const select = useCallback(
    (id: string | null, options: { frame?: boolean } = {}) => {
      if (id && !opener.current) opener.current = document.activeElement as HTMLElement | null;
      setChooser(null);
      setSelectedId(id);
      if (id && options.frame) setFrame({ id, nonce: Date.now() });
      if (id && narrow) setPanelOpen(false);
    },
    [narrow],
  );

  const close = useCallback(() => {
    setSelectedId(null);
    setChooser(null);
    const back = opener.current;
    opener.current = null;
    if (back && document.contains(back)) back.focus();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && (selectedId || chooser)) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selectedId, chooser, close]);

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
      <FeatureDetails
        data={data}
        entry={selected}
        lang={lang}
        onClose={close}
        onSelect={(id) => select(id, { frame: true })}
      />
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
      <aside className={`sidebar${panelOpen ? ' open' : ''}`} aria-label={translate(lang, 'layers')}>
        <header className="app-header">
          <h1>{translate(lang, 'appTitle')}</h1>
          <p className="subtitle">{translate(lang, 'appSubtitle')}</p>
          <div className="lang-switch" role="group" aria-label={translate(lang, 'language')}>
            {LANGS.map((l) => (
              <button key={l} type="button" aria-pressed={lang === l} lang={l} onClick={() => setLang(l)}>
                {l === 'ja' ? '日本語' : 'English'}
              </button>
            ))}
          </div>
          {narrow && (
            <button
              type="button"
              className="panel-toggle"
              aria-expanded={panelOpen}
              onClick={() => setPanelOpen((o) => !o)}
            >
              {translate(lang, panelOpen ? 'hideLayers' : 'showLayers')}
            </button>
          )}
        </header>
        <div className="sidebar-body">
          {data && (
            <LayerPanel
              data={data}
              lang={lang}
              visible={visible}
              selectedId={selectedId}
              onToggle={toggleLayer}
              onSelect={(id) => select(id, { frame: true })}
            />
          )}
          <BasemapSwitch lang={lang} basemap={basemap} onChange={setBasemap} disabled={!webgl} />
          <section className="about">
            <h2>{translate(lang, 'about')}</h2>
            <p>{translate(lang, 'aboutText')}</p>
            {data && <AboutCitation data={data} lang={lang} />}
          </section>
        </div>
      </aside>
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
              popup={popup}
              ariaLabel={translate(lang, 'mapRegion')}
              selectionOffset={useSheet ? -0.28 : 0.3}
              onSelect={select}
              onChoose={(ids, lngLat) => setChooser({ ids, lngLat })}
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

function AboutCitation({ data, lang }: { data: AtlasData; lang: Lang }) {
  const { citation } = data.document;
  return (
    <p className="muted">
      {translate(lang, 'citedAs')}: <span lang="ja">{citation.ja}</span>. {citation.licence}.{' '}
      <a href={citation.url} target="_blank" rel="noopener noreferrer">
        {translate(lang, 'japaneseText')}
      </a>{' '}
      ·{' '}
      <a href={citation.englishEditionUrl} target="_blank" rel="noopener noreferrer">
        {translate(lang, 'englishEdition')}
      </a>
    </p>
  );
}
