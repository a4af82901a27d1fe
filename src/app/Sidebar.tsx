/**
 * The side panel (a drop-down sheet on phones): title, language, jump-to views, the layer list,
 * the basemap choice, and what the atlas is and cites.
 */
import { lazy, Suspense, useState } from 'react';
import type { AtlasData } from '../data/loadAtlasData';
import { LANGS, translate, type Lang, type StringKey } from '../i18n/strings';
import { VIEW_PRESETS } from '../map/viewPresets';
import { ClassroomPanel } from '../panels/ClassroomPanel';
import { ComparePanel } from '../panels/ComparePanel';
import { HeadlineShare } from '../panels/HeadlineShare';
import { ImportPanel } from '../panels/ImportPanel';
import { LayerPanel } from '../panels/LayerPanel';
import { NationwidePanel } from '../panels/NationwidePanel';
import { ReaderPanel } from '../panels/ReaderPanel';
import { ReturnsPanel } from '../panels/ReturnsPanel';
import { SearchBox } from '../panels/SearchBox';
import { useAtlas } from '../state/store';
import type { SidebarTab } from '../state/types';
import { DocumentLinks } from '../ui/DocumentLinks';
import { OfflineSave } from './OfflineSave';
import { StartPoints } from './StartPoints';

// The quiz and its words load when the Quiz tab is first opened, and stay (its state with them).
const QuizPanel = lazy(() => import('../panels/QuizPanel').then((m) => ({ default: m.QuizPanel })));

export function Sidebar() {
  const data = useAtlas((s) => s.data);
  const lang = useAtlas((s) => s.lang);
  const narrow = useAtlas((s) => s.narrow);
  const open = useAtlas((s) => s.panelOpen);
  const tab = useAtlas((s) => s.tab);
  const [quizOpened, setQuizOpened] = useState(false);
  if (tab === 'quiz' && !quizOpened) setQuizOpened(true);
  const mapAvailable = useAtlas((s) => s.webgl);
  const locked = useAtlas((s) => s.start.lock);
  const { setLang, setTab, setPanelOpen, goToRegion } = useAtlas.getState();
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
        <div className="lang-switch" role="group" aria-label={translate(lang, 'language')} hidden={locked}>
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
            aria-expanded={open}
            onClick={() => setPanelOpen(!open)}
          >
            {translate(lang, open ? 'hideLayers' : tab === 'quiz' ? 'backToQuiz' : 'showLayers')}
          </button>
        )}
      </header>
      <div className="sidebar-body">
        {data && <SearchBox />}
        <div
          className="tabs"
          role="tablist"
          aria-label={translate(lang, 'tabsLabel')}
          onKeyDown={(event) => {
            // The tabs pattern: one tab stop; arrows, Home and End move between the tabs.
            const at = tabs.findIndex((t) => t.id === tab);
            const to = {
              ArrowRight: (at + 1) % tabs.length,
              ArrowLeft: (at - 1 + tabs.length) % tabs.length,
              Home: 0,
              End: tabs.length - 1,
            }[event.key];
            if (to === undefined) return;
            event.preventDefault();
            setTab(tabs[to]!.id);
            document.getElementById(`tab-${tabs[to]!.id}`)?.focus();
          }}
        >
          {tabs.map((t) => (
            <button
              key={t.id}
              id={`tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              aria-controls={`tabpanel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
            >
              {translate(lang, t.label)}
            </button>
          ))}
        </div>
        <div id="tabpanel-layers" role="tabpanel" aria-labelledby="tab-layers" hidden={tab !== 'layers'}>
          {data && <HeadlineShare />}
          {!locked && <StartPoints />}
          {mapAvailable && (
            <nav className="presets" aria-label={translate(lang, 'goTo')}>
              <h2>{translate(lang, 'goTo')}</h2>
              {VIEW_PRESETS.map((preset) => (
                <button
                  key={preset.id}
                  type="button"
                  data-preset={preset.id}
                  onClick={() => goToRegion(preset.bounds)}
                >
                  {preset.label[lang]}
                </button>
              ))}
            </nav>
          )}
          {data && <LayerPanel />}
          {!locked && <ImportPanel />}
          {data && <NationwidePanel />}
          {data && <ClassroomPanel />}
          {mapAvailable && <OfflineSave />}
          <section className="about">
            <h2>{translate(lang, 'about')}</h2>
            <p>{translate(lang, 'aboutText')}</p>
            {data && <AboutCitation data={data} lang={lang} />}
            <p>
              <a href={`./accessibility.html#${lang}`}>{translate(lang, 'statementLink')}</a>
            </p>
          </section>
        </div>
        <div id="tabpanel-reader" role="tabpanel" aria-labelledby="tab-reader" hidden={tab !== 'reader'}>
          {data && <ReaderPanel />}
        </div>
        <div id="tabpanel-returns" role="tabpanel" aria-labelledby="tab-returns" hidden={tab !== 'returns'}>
          {data && (
            <>
              <ReturnsPanel />
              <ComparePanel />
            </>
          )}
        </div>
        <div id="tabpanel-quiz" role="tabpanel" aria-labelledby="tab-quiz" hidden={tab !== 'quiz'}>
          {data && quizOpened && (
            <Suspense fallback={<p className="hint">…</p>}>
              <QuizPanel />
            </Suspense>
          )}
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
      <DocumentLinks citation={citation} />
    </p>
  );
}
