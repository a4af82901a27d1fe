/**
 * One search box over places and the document, as an ARIA combobox: results grouped as places and
 * paragraphs, arrow keys move, Enter opens, Esc clears. Matched words are marked.
 */
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { LAYERS } from '../data/layers';
import { findAll, normalize } from '../data/normalize';
import { rangeSegments } from '../data/quoteSegments';
import { search, searchIndexFor } from '../data/search';
import { translate } from '../i18n/strings';
import { LAYER_SYMBOLS } from '../symbology/layerStyles';
import { symbolShapeFor } from '../symbology/mapFeatures';
import { LegendSymbol } from '../ui/LegendSymbol';
import { MarkedText } from '../ui/MarkedText';
import { useLang, useLoadedData } from '../state/derived';
import { useAtlas } from '../state/store';

type Option = { kind: 'place'; id: string } | { kind: 'part'; id: string };

const QUERY_REPORT_DELAY_MS = 250;

/** The displayed name with the query marked where it occurs (it may have matched an alias instead). */
function markQuery(name: string, query: string) {
  return rangeSegments(name, findAll(normalize(name, 'search'), normalize(query.trim(), 'search').text));
}

/** About this many characters of context either side of the first match. */
const SNIPPET_CONTEXT = 24;

export function SearchBox() {
  const data = useLoadedData();
  const lang = useLang();
  /** Hears the query once typing pauses. */
  const onQuery = useAtlas((s) => s.setQuery);
  const onSelectFeature = useAtlas((s) => s.showPlace);
  const onOpenPart = useAtlas((s) => s.openPart);
  const baseId = useId();
  // The query is the box's own, opening with the store's (from the link); the store hears of it
  // (for the link) once typing pauses, so a keystroke re-renders only this box, not the map and
  // the panels.
  const [query, setQuery] = useState(() => useAtlas.getState().query);
  /** The query this box last told the store: any other the store gets came from the link. */
  const reported = useRef(query);
  const report = useCallback(
    (text: string) => {
      reported.current = text;
      onQuery(text);
    },
    [onQuery],
  );
  useEffect(() => {
    const timer = setTimeout(() => report(query), QUERY_REPORT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, report]);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(query.trim() !== '');
  // A link edited in the tab, or Back and Forward, can bring another query: the box shows it.
  const linked = useAtlas((s) => s.query);
  useEffect(() => {
    if (linked === reported.current) return;
    reported.current = linked;
    setQuery(linked);
    setOpen(linked.trim() !== '');
    setActive(0);
  }, [linked]);
  // The box shows each keystroke at once; the results follow as a deferred render that the next
  // keystroke can interrupt, so typing stays smooth however large the data.
  const shownQuery = useDeferredValue(query);
  const results = useMemo(
    () =>
      shownQuery.trim() === ''
        ? { query: shownQuery, places: [], paragraphs: [] }
        : search(searchIndexFor(data), shownQuery),
    [data, shownQuery],
  );
  const options: Option[] = [
    ...results.places.map((p) => ({ kind: 'place' as const, id: p.id })),
    ...results.paragraphs.map((p) => ({ kind: 'part' as const, id: p.id })),
  ];
  const showList = open && query.trim() !== '';
  const optionId = useCallback((i: number) => `${baseId}-option-${i}`, [baseId]);

  useEffect(() => {
    if (showList) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, showList, optionId]);

  const choose = (option: Option) => {
    setOpen(false);
    // Choosing a result is a moment to share: the link gets the query now, not after the pause.
    report(query);
    if (option.kind === 'place') onSelectFeature(option.id);
    else onOpenPart(option.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length > 0) {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((i) => (i + step + options.length) % options.length);
      }
    } else if (event.key === 'Enter') {
      const option = options[active];
      if (showList && option) {
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === 'Escape' && query) {
      event.stopPropagation();
      setQuery('');
    }
  };

  const renderOption = (option: Option, i: number, content: React.ReactNode) => {
    return (
      <li
        key={`${option.kind}-${option.id}`}
        id={optionId(i)}
        role="option"
        aria-selected={i === active}
        className={`search-option${i === active ? ' active' : ''}`}
        data-kind={option.kind}
        data-id={option.id}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => choose(option)}
      >
        {content}
      </li>
    );
  };

  return (
    <div className="search">
      <label htmlFor={`${baseId}-input`}>{translate(lang, 'searchLabel')}</label>
      <input
        id={`${baseId}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={showList}
        aria-controls={`${baseId}-list`}
        aria-activedescendant={showList && options[active] ? optionId(active) : undefined}
        placeholder={translate(lang, 'searchPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          // Built before the first keystroke rather than at it.
          searchIndexFor(data);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {/* Focusable so the results can be scrolled by keyboard; arrow keys in the box move through them too. */}
      <div
        className="search-results"
        hidden={!showList}
        tabIndex={0}
        aria-label={translate(lang, 'searchResults')}
        aria-busy={shownQuery !== query}
      >
        {showList && options.length === 0 && (
          <p className="no-results" role="status">
            {translate(lang, 'noResults', { q: shownQuery.trim() })}
          </p>
        )}
        {showList && options.length > 0 && (
          <p className="muted results-summary" role="status">
            {translate(lang, 'resultsSummary', { p: results.places.length, t: results.paragraphs.length })}
          </p>
        )}
        <div
          id={`${baseId}-list`}
          role="listbox"
          aria-label={translate(lang, 'searchLabel')}
          hidden={!showList || options.length === 0}
        >
          {results.places.length > 0 && (
            <ul role="group" aria-label={translate(lang, 'placesGroup')}>
              <li role="presentation" className="group-label">
                {translate(lang, 'placesGroup')}
              </li>
              {results.places.map((hit, i) => {
                const entry = data.featuresById.get(hit.id)!;
                return renderOption(
                  { kind: 'place', id: hit.id },
                  i,
                  <>
                    <LegendSymbol
                      shape={symbolShapeFor(entry.layer, entry.feature)}
                      colour={LAYER_SYMBOLS[entry.layer].colour}
                      size={12}
                    />
                    <span>
                      <MarkedText runs={markQuery(entry.feature.properties.name[lang], shownQuery)} />
                    </span>
                    <span className="muted"> — {LAYERS[entry.layer].title[lang]}</span>
                  </>,
                );
              })}
            </ul>
          )}
          {results.paragraphs.length > 0 && (
            <ul role="group" aria-label={translate(lang, 'paragraphsGroup')}>
              <li role="presentation" className="group-label">
                {translate(lang, 'paragraphsGroup')}
              </li>
              {results.paragraphs.map((hit, i) => {
                // Found in the text itself, or else in the atlas's English summary of it.
                const inSummary = hit.ranges.length === 0;
                const text = inSummary
                  ? (data.document.summariesEn.parts[hit.id] ?? '')
                  : (data.partsById.get(hit.id)?.text ?? '');
                const ranges = inSummary ? hit.summaryRanges : hit.ranges;
                const [start, end] = ranges[0]!;
                const from = Math.max(0, start - SNIPPET_CONTEXT);
                const to = Math.min(text.length, end + SNIPPET_CONTEXT);
                const shifted = ranges.map(([s, e]) => [s - from, e - from] as const);
                return renderOption(
                  { kind: 'part', id: hit.id },
                  results.places.length + i,
                  <span lang={inSummary ? 'en' : 'ja'} data-in-summary={inSummary || undefined}>
                    <span className="part-id">{hit.id}</span>
                    {inSummary && <span className="badge">{translate(lang, 'summaryBadge')}</span>}
                    {from > 0 && '…'}
                    <MarkedText runs={rangeSegments(text.slice(from, to), shifted)} />
                    {to < text.length && '…'}
                  </span>,
                );
              })}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
