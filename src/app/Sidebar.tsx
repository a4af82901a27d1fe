/**
 * The side panel (a drop-down sheet on phones): title, language, jump-to views, the layer list,
 * the basemap choice, and what the atlas is and cites.
 */
import type { ReactNode } from 'react';
import type { AtlasData } from '../data/loadAtlasData';
import { LANGS, translate, type Lang, type StringKey } from '../i18n/strings';
import { VIEW_PRESETS, type ViewPreset } from '../map/viewPresets';
import { BasemapSwitch } from '../panels/BasemapSwitch';
import { DocumentLinks } from '../ui/DocumentLinks';
import type { BasemapId } from '../state/hashState';
import type { SidebarTab } from './useReading';

interface SidebarProps {
  data: AtlasData | null;
  lang: Lang;
  narrow: boolean;
  open: boolean;
  tab: SidebarTab;
  basemap: BasemapId;
  mapAvailable: boolean;
  search: ReactNode;
  layerPanel: ReactNode;
  reader: ReactNode;
  returns: ReactNode;
  classroom: ReactNode;
  nationwide: ReactNode;
  quiz: ReactNode;
  /** A teacher's lock: no language switch. */
  locked: boolean;
  onLang: (lang: Lang) => void;
  onTab: (tab: SidebarTab) => void;
  onToggleOpen: () => void;
  onBasemap: (basemap: BasemapId) => void;
  onPreset: (preset: ViewPreset) => void;
}

export function Sidebar(props: SidebarProps) {
  const { data, lang, narrow, open, tab, basemap, mapAvailable } = props;
  const tabs: { id: SidebarTab; label: StringKey }[] = [
    { id: 'layers', label: 'layersTab' },
    { id: 'reader', label: 'readerTab' },
    { id: 'returns', label: 'returnsTab' },
    { id: 'quiz', label: 'quizTab' },
  ];
  return (
    <aside className={`sidebar${open ? ' open' : ''}`} aria-label={translate(lang, 'layers')}>
      <header className="app-header">
        <h1>{translate(lang, 'appTitle')}</h1>
        <p className="subtitle">{translate(lang, 'appSubtitle')}</p>
        <div
          className="lang-switch"
          role="group"
          aria-label={translate(lang, 'language')}
          hidden={props.locked}
        >
          {LANGS.map((l) => (
            <button key={l} type="button" aria-pressed={lang === l} lang={l} onClick={() => props.onLang(l)}>
              {l === 'ja' ? '日本語' : 'English'}
            </button>
          ))}
        </div>
        {narrow && (
          <button type="button" className="panel-toggle" aria-expanded={open} onClick={props.onToggleOpen}>
            {translate(lang, open ? 'hideLayers' : 'showLayers')}
          </button>
        )}
      </header>
      <div className="sidebar-body">
        {props.search}
        <div className="tabs" role="tablist" aria-label={translate(lang, 'tabsLabel')}>
          {tabs.map((t) => (
            <button
              key={t.id}
              id={`tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              aria-controls={`tabpanel-${t.id}`}
              onClick={() => props.onTab(t.id)}
            >
              {translate(lang, t.label)}
            </button>
          ))}
        </div>
        <div id="tabpanel-layers" role="tabpanel" aria-labelledby="tab-layers" hidden={tab !== 'layers'}>
          {mapAvailable && (
            <nav className="presets" aria-label={translate(lang, 'goTo')}>
              <h2>{translate(lang, 'goTo')}</h2>
              {VIEW_PRESETS.map((preset) => (
                <button
                  key={preset.id}
                  type="button"
                  data-preset={preset.id}
                  onClick={() => props.onPreset(preset)}
                >
                  {preset.label[lang]}
                </button>
              ))}
            </nav>
          )}
          {props.layerPanel}
          {props.nationwide}
          <BasemapSwitch lang={lang} basemap={basemap} onChange={props.onBasemap} disabled={!mapAvailable} />
          {props.classroom}
          <section className="about">
            <h2>{translate(lang, 'about')}</h2>
            <p>{translate(lang, 'aboutText')}</p>
            {data && <AboutCitation data={data} lang={lang} />}
          </section>
        </div>
        <div id="tabpanel-reader" role="tabpanel" aria-labelledby="tab-reader" hidden={tab !== 'reader'}>
          {props.reader}
        </div>
        <div id="tabpanel-returns" role="tabpanel" aria-labelledby="tab-returns" hidden={tab !== 'returns'}>
          {props.returns}
        </div>
        <div id="tabpanel-quiz" role="tabpanel" aria-labelledby="tab-quiz" hidden={tab !== 'quiz'}>
          {props.quiz}
        </div>
      </div>
    </aside>
  );
}

function AboutCitation({ data, lang }: { data: AtlasData; lang: Lang }) {
  const { citation } = data.document;
  return (
    <p className="muted">
      {translate(lang, 'citedAs')}: <span lang="ja">{citation.ja}</span>. {citation.licence}.{' '}
      <DocumentLinks citation={citation} lang={lang} />
    </p>
  );
}
