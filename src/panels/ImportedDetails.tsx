/**
 * One feature of the user's own layer: its name, where it came from, its properties as text, and its
 * shape and position. Values are React text; a value becomes a link only if it is a whole https:
 * URL (checked on import), and the link opens in a new tab without access to this page.
 */
import { useEffect, useRef } from 'react';
import type { ImportedFeature, ImportedLayer } from '../data/importLayer';
import { translate } from '../i18n/strings';
import { useLang, useSelection } from '../state/derived';
import { useAtlas } from '../state/store';
import { importedName } from './ImportPanel';
import { CloseButton } from '../ui/CloseButton';
import { LegendSymbol } from '../ui/LegendSymbol';

export const formatPosition = ([lng, lat]: [number, number]) => `${lat.toFixed(5)}, ${lng.toFixed(5)}`;

/** The selected feature of the user's own layers, or nothing when none is selected and shown. */
export function ImportedDetails() {
  const { imported } = useSelection();
  if (!imported) return null;
  return (
    <ImportedFeatureDetails
      layer={imported.entry.layer}
      colour={imported.entry.colour}
      feature={imported.feature}
    />
  );
}

function ImportedFeatureDetails({
  layer,
  colour,
  feature,
}: {
  layer: ImportedLayer;
  colour: string;
  feature: ImportedFeature;
}) {
  const lang = useLang();
  const onClose = useAtlas((s) => s.close);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => headingRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [feature.id]);
  const titleId = `details-title-${feature.id.replace('/', '-')}`;
  return (
    <div className="details imported" data-feature={feature.id} role="region" aria-labelledby={titleId}>
      <header className="details-header">
        <LegendSymbol shape="circle" colour={colour} />
        <div>
          <h2 id={titleId} ref={headingRef} tabIndex={-1} className="imported-name">
            {importedName(lang, feature.name, feature.number)}
          </h2>
          <p className="kind">{layer.fileName}</p>
        </div>
        <CloseButton onClose={onClose} />
      </header>
      <p className="muted imported-note">
        {translate(lang, 'importedFrom', { file: layer.fileName, n: feature.number })}
      </p>
      <h3>{translate(lang, 'importedProperties')}</h3>
      {feature.properties.length === 0 ? (
        <p className="muted">{translate(lang, 'importedNoProperties')}</p>
      ) : (
        <dl className="imported-properties">
          {feature.properties.map((property, i) => (
            <div key={i} data-key={property.key}>
              <dt>{property.key}</dt>
              <dd>
                {property.href ? (
                  <a href={property.href} target="_blank" rel="noopener noreferrer nofollow">
                    {property.text}
                  </a>
                ) : (
                  property.text
                )}
                {property.cut > 0 && (
                  <span className="muted"> {translate(lang, 'importedCut', { n: property.cut })}</span>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <h3>{translate(lang, 'importedShape')}</h3>
      <p>
        {feature.geometry.type} · {formatPosition(feature.anchor)}
      </p>
    </div>
  );
}
