/**
 * The atlas's shell: holds the state (language, layers, selection, reading, search, basemap, view),
 * keeps it in the URL hash, and lays out the side panel, the map or list, and the details.
 * Panels and map only render what they are given.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { largeLayers, mapDataUrls, type AtlasData } from '../data/loadAtlasData';
import { LAYER_IDS, type LayerId } from '../data/layers';
import { matchesFilter, type FacilityFilter } from '../data/facilityFilter';
import { buildMentionIndex, featuresOfPart } from '../data/mentions';
import { buildSearchIndex } from '../data/search';
import { translate, type Lang } from '../i18n/strings';
import type { FitRequest, GoToRequest } from '../map/AtlasMap';
import { boundsOfPoints } from '../geometry/bounds';
import { FeatureDetails } from '../panels/FeatureDetails';
import { FeatureTable } from '../panels/FeatureTable';
import { LayerPanel } from '../panels/LayerPanel';
import { Notices, type Notice } from '../panels/Notices';
import { PlaceChooser } from '../panels/PlaceChooser';
import { ClassroomPanel } from '../panels/ClassroomPanel';
import { ComparePanel } from '../panels/ComparePanel';
import { NationwidePanel } from '../panels/NationwidePanel';
import { PrintSheet } from '../panels/PrintSheet';
import { QuizPanel } from '../panels/QuizPanel';
import { ReaderPanel } from '../panels/ReaderPanel';
import { ReturnsPanel } from '../panels/ReturnsPanel';
import { Overlays } from '../map/Overlays';
import { statusAt, timelineRange } from '../data/returnsTimeline';
import { useCompare } from './useCompare';
import { areaInHectares } from '../data/featureFacts';
import { footprintBounds } from '../geometry/footprint';
import { SearchBox } from '../panels/SearchBox';
import { ImportPanel, importedName } from '../panels/ImportPanel';
import { ImportedDetails } from '../panels/ImportedDetails';
import { ImportedTable } from '../panels/ImportedTable';
import { findImported, isImportedId } from '../data/importedLayers';
import type { ImportedLayer } from '../data/importLayer';
import type { BasemapId, MainView, MapView } from '../state/hashState';
import { initialState } from '../state/initialState';
import { mapPopup } from './mapPopup';
import { Sidebar } from './Sidebar';
import { useAtlasData } from './useAtlasData';
import { chooseBasemap } from '../state/basemapChoice';
import { useHashSync } from './useHashSync';
import { useFileDrop } from './useFileDrop';
import { useImports } from './useImports';
import { useMediaQuery } from './useMediaQuery';
import { useReading } from './useReading';
import { useSelection } from './useSelection';
import { canUseWebGL2 } from './webgl';
import { ErrorBoundary } from './ErrorBoundary';

/** The timeline opens on the current year (clipped to the range of the data). */
const CURRENT_YEAR = new Date().getFullYear();

/** Zoom for a feature opened from a link: close enough to tell it from its neighbours. */
const FEATURE_ZOOM = 9;

const loadAtlasMap = () => import('../map/AtlasMap');
const AtlasMap = lazy(() => loadAtlasMap().then((m) => ({ default: m.AtlasMap })));
// Fetch the map's code (MapLibre) at once, beside the data, rather than after it.
if (canUseWebGL2()) void loadAtlasMap();

const mentionIndexOf = (data: AtlasData) =>
  buildMentionIndex(
    data.document.parts,
    [...data.featuresById.values()].map((e) => e.feature),
  );

function partBounds(data: AtlasData, ids: readonly string[]): FitRequest | null {
  const points = ids.flatMap((id) => {
    const entry = data.featuresById.get(id);
    return entry ? [entry.feature.geometry.coordinates] : [];
  });
  const bounds = boundsOfPoints(points);
  return bounds ? { bounds, nonce: Date.now() } : null;
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
  const { selectedId, chooser, frame, select, choose, close, clear } = useSelection(start.feature);
  const reading = useReading(
    start.paragraph,
    start.quiz !== null ? 'quiz' : start.year !== null ? 'returns' : undefined,
  );
  const [quizSeed, setQuizSeed] = useState<number | null>(start.quiz);
  const [facilityFilter, setFacilityFilter] = useState<FacilityFilter>(start.filter);
  const [query, setQuery] = useState(start.query);
  const [basemap, setBasemap] = useState<BasemapId>(start.basemap);
  const [view, setView] = useState<MapView>(start.view);
  const webgl = useMemo(() => canUseWebGL2(), []);
  const mapUrls = useMemo(() => mapDataUrls(), []);
  const bigLayers = useMemo(() => largeLayers(), []);
  // Without WebGL the list is the way in, so it is shown whatever the link asked for.
  const [mainView, setMainView] = useState<MainView>(webgl ? start.mainView : 'list');
  const [panelOpen, setPanelOpen] = useState(start.paragraph !== null || start.query !== '');
  const [fit, setFit] = useState<FitRequest | null>(null);
  const [goTo, setGoTo] = useState<GoToRequest | null>(null);
  const narrow = useMediaQuery('(max-width: 700px)');
  const imports = useImports();

  const [dataState, retry] = useAtlasData((loaded) => {
    if (start.feature) {
      const entry = loaded.featuresById.get(start.feature);
      if (entry) setVisible((v) => (v.has(entry.layer) ? v : new Set([...v, entry.layer])));
      else {
        clear();
        addNotice({ id: 'feature', text: translate(start.lang, 'featureNotFound', { id: start.feature }) });
      }
    }
    if (start.paragraph) {
      if (!loaded.partsById.has(start.paragraph)) {
        reading.setActivePart(null);
        addNotice({
          id: 'paragraph',
          text: translate(start.lang, 'featureNotFound', { id: start.paragraph }),
        });
      } else if (!start.viewFromLink && !start.feature) {
        setFit(partBounds(loaded, featuresOfPart(mentionIndexOf(loaded), start.paragraph)));
      }
    }
  });
  const data = dataState.status === 'ready' ? dataState.data : null;
  // For the benchmark: the panels are on screen with the data (effects run after the commit).
  useEffect(() => {
    if (data) performance.mark('data-shown');
  }, [data]);
  const mentions = useMemo(() => (data ? mentionIndexOf(data) : null), [data]);
  const searchIndex = useMemo(() => (data ? buildSearchIndex(data) : null), [data]);
  const compare = useCompare(data);
  const timelineRangeYears = useMemo(
    () => (data ? timelineRange(data.layers['okinawa-land-returns'].features, data.plans) : null),
    [data],
  );
  const [chosenYear, setYear] = useState<number | null>(start.year);
  const timelineOn = reading.tab === 'returns' && timelineRangeYears !== null;
  const year = timelineRangeYears
    ? Math.min(timelineRangeYears[1], Math.max(timelineRangeYears[0], chosenYear ?? CURRENT_YEAR))
    : CURRENT_YEAR;
  const returnStatuses = useMemo(() => {
    if (!data || !timelineOn) return null;
    const features = data.layers['okinawa-land-returns'].features;
    return new Map(features.map((f) => [f.properties.id, statusAt(f, year, data.plans).code]));
  }, [data, timelineOn, year]);
  /** The places the map shows: visible layers, and the facility filter on the facilities layer. */
  const shownEntries = useMemo(
    () =>
      data
        ? [...data.featuresById.values()].filter(
            (e) =>
              visible.has(e.layer) &&
              (e.layer !== 'us-facilities' || matchesFilter(e.feature, facilityFilter)),
          )
        : [],
    [data, visible, facilityFilter],
  );
  const highlightIds = useMemo(
    () => (mentions && reading.activePart ? featuresOfPart(mentions, reading.activePart) : []),
    [mentions, reading.activePart],
  );

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

  /** A link the reader brought into the open tab (Back, Forward, an edited address): show it. */
  const { setActivePart, setTab: setReadingTab } = reading;
  const applyLink = useCallback(
    (hash: string) => {
      const next = initialState(hash, navigator.language);
      // A teacher's lock holds the language and layers it opened with, whatever the link says.
      if (!start.lock) setLang(next.lang);
      setFacilityFilter(next.filter);
      setQuery(next.query);
      setMainView(webgl ? next.mainView : 'list');
      setYear(next.year);
      setQuizSeed(next.quiz);
      setActivePart(next.paragraph);
      if (next.quiz !== null) setReadingTab('quiz');
      else if (next.year !== null) setReadingTab('returns');
      else if (next.paragraph) setReadingTab('reader');
      const layer = next.feature ? data?.featuresById.get(next.feature)?.layer : undefined;
      if (!start.lock)
        setVisible(layer && !next.layers.has(layer) ? new Set([...next.layers, layer]) : next.layers);
      if (next.feature && (layer || !data)) select(next.feature, { frame: !next.viewFromLink });
      else select(null);
      if (next.viewFromLink) setGoTo({ view: next.view, nonce: Date.now() });
      if (next.basemap !== basemap) chooseBasemap(next.basemap, setBasemap);
      if (next.rejected.length)
        addNotice({
          id: 'link',
          text: translate(next.lang, 'linkProblem', { keys: next.rejected.join(', ') }),
        });
    },
    [webgl, data, basemap, select, setActivePart, setReadingTab, addNotice, start.lock],
  );

  useHashSync(
    {
      view,
      // The user's own features live only in this tab, so a link never names one.
      feature: selectedId && !isImportedId(selectedId) ? selectedId : undefined,
      layers: visible.size === LAYER_IDS.length ? undefined : LAYER_IDS.filter((l) => visible.has(l)),
      lang,
      basemap,
      paragraph: reading.activePart ?? undefined,
      q: query.trim() ? query : undefined,
      mainView,
      year: timelineOn ? year : undefined,
      embed: start.embed,
      quiz: reading.tab === 'quiz' ? (quizSeed ?? undefined) : undefined,
      lock: start.lock,
      filter: facilityFilter,
    },
    applyLink,
  );

  const selectAndFrame = useCallback(
    (id: string) => {
      select(id, { frame: true });
      if (narrow) setPanelOpen(false);
    },
    [select, narrow],
  );

  /** Shows a part's places on the map (highlighted and framed), or clears the highlight. */
  const showPart = useCallback(
    (id: string | null) => {
      reading.setActivePart(id);
      if (id && data && mentions) {
        setFit(partBounds(data, featuresOfPart(mentions, id)));
        setMainView('map');
      }
    },
    [reading, data, mentions],
  );

  /** Opens the reader at a part (from a search result or a feature's "cited in" list). */
  const openPart = useCallback(
    (id: string) => {
      reading.openPart(id);
      if (data && mentions) setFit(partBounds(data, featuresOfPart(mentions, id)));
      if (narrow) setPanelOpen(true);
    },
    [reading, data, mentions, narrow],
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

  const zoomTo = useCallback(
    (layers: readonly ImportedLayer[]) => {
      const bounds = boundsOfPoints(
        layers.flatMap(({ bounds: [w, south, e, n] }) => [
          [w, south],
          [e, n],
        ]),
      );
      if (!bounds) return;
      setFit({ bounds, nonce: Date.now() });
      if (webgl) setMainView('map');
    },
    [webgl],
  );

  const { addFiles } = imports;
  const { setTab } = reading;
  /** Reads dropped or chosen files; shows what was added, or the problems where they can be read. */
  const importFiles = useCallback(
    async (files: File[]) => {
      setTab('layers');
      if (narrow) setPanelOpen(true);
      zoomTo(await addFiles(files));
    },
    [addFiles, setTab, narrow, zoomTo],
  );
  const dragging = useFileDrop((files) => void importFiles(files), !start.lock);

  const onContextLost = useCallback(
    (lost: boolean) =>
      addNotice({ id: 'webgl', text: translate(lang, lost ? 'webglLost' : 'webglRestored') }),
    [addNotice, lang],
  );

  const showList = useCallback(() => {
    setMainView('list');
    requestAnimationFrame(() => document.getElementById('list-caption')?.focus());
  }, []);

  const selected = data && selectedId ? data.featuresById.get(selectedId) : undefined;
  const selectedVisible = selected !== undefined && visible.has(selected.layer);
  const importedHit = findImported(imports.entries, selectedId);
  const selectedImported = importedHit?.entry.visible ? importedHit : undefined;
  const details = selectedImported ? (
    <ImportedDetails
      layer={selectedImported.entry.layer}
      colour={selectedImported.entry.colour}
      feature={selectedImported.feature}
      lang={lang}
      onClose={close}
    />
  ) : data && mentions && selected && selectedVisible ? (
    <FeatureDetails
      data={data}
      mentions={mentions}
      entry={selected}
      lang={lang}
      onClose={close}
      onSelect={selectAndFrame}
      onOpenPart={openPart}
    />
  ) : null;
  const chooserPanel =
    data && chooser ? (
      <PlaceChooser
        data={data}
        ids={chooser.ids}
        imported={imports.entries}
        lang={lang}
        onSelect={(id) => select(id)}
        onClose={close}
      />
    ) : null;
  const useSheet = narrow || !webgl || mainView === 'list';
  const popup = useSheet
    ? null
    : mapPopup(
        chooser,
        chooserPanel,
        selectedImported
          ? { id: selectedImported.feature.id, anchor: selectedImported.feature.anchor }
          : selected,
        details,
      );

  return (
    <div className={`app${narrow ? ' narrow' : ''}`}>
      <nav className="skip-links" aria-label={translate(lang, 'skipToLayers')}>
        <a
          className="skip-link"
          href="#layers-heading"
          onClick={(event) => {
            // Focus the layer list without writing its id over the link's state.
            event.preventDefault();
            reading.setTab('layers');
            if (narrow) setPanelOpen(true);
            requestAnimationFrame(() => document.getElementById('layers-heading')?.focus());
          }}
        >
          {translate(lang, 'skipToLayers')}
        </a>
        <a
          className="skip-link"
          href="#list-caption"
          onClick={(event) => {
            event.preventDefault();
            showList();
          }}
        >
          {translate(lang, 'skipToList')}
        </a>
      </nav>
      <Sidebar
        data={data}
        lang={lang}
        narrow={narrow}
        open={panelOpen}
        tab={reading.tab}
        basemap={basemap}
        mapAvailable={webgl}
        onLang={setLang}
        onTab={reading.setTab}
        onToggleOpen={() => setPanelOpen((o) => !o)}
        onBasemap={(choice) => chooseBasemap(choice, setBasemap)}
        onPreset={(preset) => {
          setFit({ bounds: preset.bounds, nonce: Date.now() });
          setMainView('map');
          if (narrow) setPanelOpen(false);
        }}
        search={
          data &&
          searchIndex && (
            <SearchBox
              data={data}
              index={searchIndex}
              lang={lang}
              query={query}
              onQuery={setQuery}
              onSelectFeature={(id) => {
                setVisible((v) => {
                  const layer = data.featuresById.get(id)?.layer;
                  return layer && !v.has(layer) ? new Set([...v, layer]) : v;
                });
                selectAndFrame(id);
              }}
              onOpenPart={openPart}
            />
          )
        }
        locked={start.lock}
        quiz={
          data &&
          mentions && (
            <QuizPanel
              data={data}
              mentions={mentions}
              lang={lang}
              seed={quizSeed}
              onSeed={setQuizSeed}
              onShowPlace={(id) => {
                setVisible((v) => {
                  const layer = data.featuresById.get(id)?.layer;
                  return layer && !v.has(layer) ? new Set([...v, layer]) : v;
                });
                selectAndFrame(id);
              }}
            />
          )
        }
        nationwide={
          data && (
            <NationwidePanel data={data} lang={lang} filter={facilityFilter} onFilter={setFacilityFilter} />
          )
        }
        classroom={data && <ClassroomPanel data={data} lang={lang} entries={shownEntries} />}
        layerPanel={
          <>
            {data && (
              <LayerPanel
                data={data}
                lang={lang}
                visible={visible}
                selectedId={selectedId}
                onToggle={toggleLayer}
                onSelect={selectAndFrame}
                locked={start.lock}
              />
            )}
            {!start.lock && (
              <ImportPanel
                lang={lang}
                entries={imports.entries}
                reports={imports.reports}
                busy={imports.busy}
                restored={imports.restored}
                selectedId={selectedId}
                onFiles={(files) => void importFiles(files)}
                onToggle={imports.toggle}
                onRemove={imports.remove}
                onZoom={(layer) => zoomTo([layer])}
                onSelect={selectAndFrame}
                onDismissReport={imports.dismissReport}
              />
            )}
          </>
        }
        returns={
          data &&
          timelineRangeYears && (
            <>
              <ReturnsPanel
                data={data}
                plans={data.plans}
                lang={lang}
                year={year}
                range={timelineRangeYears}
                selectedId={selectedId}
                onYear={setYear}
                onSelect={(id) => {
                  setVisible((v) =>
                    v.has('okinawa-land-returns') ? v : new Set([...v, 'okinawa-land-returns']),
                  );
                  selectAndFrame(id);
                }}
              />
              <ComparePanel
                data={data}
                lang={lang}
                footprint={compare.footprint}
                computedHectares={compare.footprintShape?.properties.computedHectares ?? null}
                pickMode={compare.pickMode}
                measurement={compare.measurement}
                measureCount={compare.measurePoints.length}
                onFootprint={(state) => {
                  compare.setFootprint(state);
                  const hectares =
                    state && areaInHectares(data.featuresById.get(state.featureId)?.feature.properties.area);
                  if (state && hectares)
                    setFit({ bounds: footprintBounds(state.center, hectares), nonce: Date.now() });
                }}
                onPickMode={compare.setPickMode}
                onMeasurePoints={(points) => {
                  compare.setMeasurePoints(points);
                  const bounds = boundsOfPoints(points);
                  if (bounds && points.length >= 2) setFit({ bounds, nonce: Date.now() });
                }}
              />
            </>
          )
        }
        reader={
          data &&
          mentions && (
            <ReaderPanel
              data={data}
              mentions={mentions}
              lang={lang}
              activePart={reading.activePart}
              focusNonce={reading.focusNonce}
              onShowPart={showPart}
              onSelectFeature={selectAndFrame}
            />
          )
        }
      />
      <main className="map-area" aria-label={translate(lang, mainView === 'list' ? 'listView' : 'mapRegion')}>
        <div className="view-switch" role="group" aria-label={translate(lang, 'mainViewLabel')}>
          <button
            type="button"
            aria-pressed={mainView === 'map'}
            disabled={!webgl}
            onClick={() => setMainView('map')}
          >
            {translate(lang, 'mapView')}
          </button>
          <button type="button" aria-pressed={mainView === 'list'} onClick={showList}>
            {translate(lang, 'listView')}
          </button>
        </div>
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
          <p className="status error inline" role="alert">
            {translate(lang, 'mapFailed')}
          </p>
        )}
        {webgl && (data || !start.feature || start.viewFromLink) && (
          <div className="map-holder" hidden={mainView === 'list'}>
            <ErrorBoundary scope="map" lang={lang} onShowList={showList}>
              <Suspense fallback={<p className="status">{translate(lang, 'loading')}</p>}>
                <AtlasMap
                  data={data}
                  mapDataUrls={mapUrls}
                  largeLayers={bigLayers}
                  imported={imports.entries}
                  lang={lang}
                  visible={visible}
                  selectedId={selectedVisible ? selectedId : null}
                  highlightIds={highlightIds}
                  returnStatuses={returnStatuses}
                  facilityFilter={facilityFilter}
                  picking={compare.pickMode !== null}
                  onPick={compare.pick}
                  overlays={
                    <Overlays
                      footprint={compare.footprintShape}
                      footprintCenter={compare.footprint?.center ?? null}
                      footprintLabel={
                        compare.footprint
                          ? translate(lang, 'footprintLabel', {
                              name:
                                data?.featuresById.get(compare.footprint.featureId)?.feature.properties.name[
                                  lang
                                ] ?? '',
                            })
                          : ''
                      }
                      measurePath={compare.measurement.path}
                      measurePoints={compare.measurePoints}
                      onFootprintMove={compare.moveFootprint}
                    />
                  }
                  basemap={basemap}
                  initialView={initialView}
                  frame={frame}
                  fit={fit}
                  goTo={goTo}
                  popup={popup}
                  ariaLabel={translate(lang, 'mapRegion')}
                  cooperativeGestures={start.embed}
                  lockArea={start.lock}
                  selectionOffset={useSheet ? -0.28 : 0.3}
                  onSelect={select}
                  onChoose={choose}
                  onViewChange={setView}
                  onGsiFailed={onGsiFailed}
                  onContextLost={onContextLost}
                />
              </Suspense>
            </ErrorBoundary>
          </div>
        )}
        {data && mainView === 'list' && (
          <FeatureTable
            lang={lang}
            entries={shownEntries}
            selectedId={selectedId}
            onSelect={(id) => select(id)}
          >
            <ImportedTable
              lang={lang}
              entries={imports.entries}
              selectedId={selectedId}
              onSelect={(id) => select(id)}
            />
          </FeatureTable>
        )}
        {dragging && (
          <div className="drop-overlay" aria-hidden="true">
            <p>{translate(lang, 'importDrop')}</p>
          </div>
        )}
        <Notices
          notices={notices}
          lang={lang}
          onDismiss={(id) => setNotices((list) => list.filter((n) => n.id !== id))}
        />
      </main>
      {data && (
        <PrintSheet
          data={data}
          lang={lang}
          visible={visible}
          selected={selectedVisible ? selected : undefined}
          activePart={reading.activePart}
          href={window.location.href}
          today={new Date().toISOString().slice(0, 10)}
        />
      )}
      {useSheet && (details || chooserPanel) && (
        <div
          className="sheet"
          role="dialog"
          aria-modal="false"
          aria-label={
            selectedImported
              ? importedName(lang, selectedImported.feature.name, selectedImported.feature.number)
              : (selected?.feature.properties.name[lang] ?? translate(lang, 'choosePlace'))
          }
        >
          {chooserPanel ?? details}
        </div>
      )}
    </div>
  );
}
