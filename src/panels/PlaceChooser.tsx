import { useEffect, useRef } from 'react';
import { findImported, listedName } from '../data/importedLayers';
import { LAYERS } from '../data/layers';
import { translate } from '../i18n/strings';
import { useLang, useLoadedData } from '../state/derived';
import { useAtlas } from '../state/store';
import { LAYER_SYMBOLS } from '../symbology/layerStyles';
import { symbolShapeFor } from '../symbology/mapFeatures';
import { importedName } from './ImportPanel';
import { CloseButton } from '../ui/CloseButton';
import { LegendSymbol } from '../ui/LegendSymbol';

/** Shown when a click hits several places that share a point: the reader picks one. */
export function PlaceChooser() {
  const ids = useAtlas((s) => s.chooser?.ids);
  const loaded = useAtlas((s) => s.data !== null);
  if (!ids || !loaded) return null;
  return <ChooserList ids={ids} />;
}

function ChooserList({ ids }: { ids: string[] }) {
  const data = useLoadedData();
  const lang = useLang();
  /** The user's own layers, whose features can be among the ids. */
  const imported = useAtlas((s) => s.imports.entries);
  const onClose = useAtlas((s) => s.close);
  const onSelect = (id: string) => useAtlas.getState().select(id);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => first.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [ids]);
  return (
    <div className="chooser" role="dialog" aria-labelledby="chooser-title">
      <header className="details-header">
        <div>
          <h2 id="chooser-title">{translate(lang, 'placesHere', { n: ids.length })}</h2>
          <p className="kind">{translate(lang, 'choosePlace')}</p>
        </div>
        <CloseButton onClose={onClose} />
      </header>
      <ul>
        {ids.map((id, index) => {
          const entry = data.featuresById.get(id);
          const own = entry ? undefined : findImported(imported, id);
          const item = entry
            ? {
                shape: symbolShapeFor(entry.layer, entry.feature),
                colour: LAYER_SYMBOLS[entry.layer].colour,
                name: entry.feature.properties.name[lang],
                layer: LAYERS[entry.layer].title[lang],
              }
            : own && {
                shape: 'circle' as const,
                colour: own.entry.colour,
                name: listedName(importedName(lang, own.feature.name, own.feature.number)),
                layer: own.entry.layer.fileName,
              };
          if (!item) return null;
          return (
            <li key={id}>
              <button
                type="button"
                className="place"
                ref={index === 0 ? first : undefined}
                data-feature={id}
                onClick={() => onSelect(id)}
              >
                <LegendSymbol shape={item.shape} colour={item.colour} size={14} />
                <span>{item.name}</span>
                <span className="muted"> — {item.layer}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
