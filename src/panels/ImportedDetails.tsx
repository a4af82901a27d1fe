/**
 * One feature of the user's own layer: its name, where it came from, its properties as text, and its
 * shape and position. Values are React text; a value becomes a link only if it is a whole https:
 * URL (checked on import), and the link opens in a new tab without access to this page.
 */
import { useEffect, useRef } from 'react';
import type { ImportedFeature, ImportedLayer } from '../data/importLayer';
import { translate, type Lang } from '../i18n/strings';
import { importedName } from './ImportPanel';
import { CloseButton } from '../ui/CloseButton';
import { LegendSymbol } from '../ui/LegendSymbol';

interface ImportedDetailsProps {
  layer: ImportedLayer;
  colour: string;
  feature: ImportedFeature;
  lang: Lang;
  onClose: () => void;
}

export const formatPosition = ([lng, lat]: [number, number]) => `${lat.toFixed(5)}, ${lng.toFixed(5)}`;

export function ImportedDetails({ layer, colour, feature, lang, onClose }: ImportedDetailsProps) {
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
        <CloseButton lang={lang} onClose={onClose} />
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
