/** Skip links: to the layer list, the list of places and the map. None touches the link's state. */
import { translate } from '../i18n/strings';
import { useAtlas } from '../state/store';

/** Shows the list view and puts focus on its caption. */
export function showList(): void {
  useAtlas.getState().setMainView('list');
  requestAnimationFrame(() => document.getElementById('list-caption')?.focus());
}

export function SkipLinks() {
  const lang = useAtlas((s) => s.lang);
  const webgl = useAtlas((s) => s.webgl);
  return (
    <nav className="skip-links" aria-label={translate(lang, 'skipToLayers')}>
      <a
        className="skip-link"
        href="#layers-heading"
        onClick={(event) => {
          // Focus the layer list without writing its id over the link's state.
          event.preventDefault();
          const store = useAtlas.getState();
          store.setTab('layers');
          if (store.narrow) store.setPanelOpen(true);
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
      {webgl && (
        <a
          className="skip-link"
          href="#map"
          onClick={(event) => {
            event.preventDefault();
            const store = useAtlas.getState();
            store.setMainView('map');
            if (store.narrow) store.setPanelOpen(false);
            // Into the map, where its feature index lists the places in view (src/map/FeatureIndex.tsx).
            requestAnimationFrame(() => document.querySelector<HTMLElement>('.maplibregl-canvas')?.focus());
          }}
        >
          {translate(lang, 'skipToMap')}
        </a>
      )}
    </nav>
  );
}
