import { useCallback, useMemo, useState } from 'react';
import { areaInHectares } from '../data/featureFacts';
import type { AtlasData } from '../data/loadAtlasData';
import { equalAreaFootprint, measure } from '../geometry/footprint';
import type { FootprintState, PickMode } from '../panels/ComparePanel';

/** The footprint being compared, the measured points, and what a click on the map picks. */
export function useCompare(data: AtlasData | null) {
  const [footprint, setFootprint] = useState<FootprintState | null>(null);
  const [measurePoints, setMeasurePoints] = useState<[number, number][]>([]);
  const [pickMode, setPickMode] = useState<PickMode>(null);

  const footprintShape = useMemo(() => {
    const hectares =
      footprint && data
        ? areaInHectares(data.featuresById.get(footprint.featureId)?.feature.properties.area)
        : undefined;
    return footprint && hectares !== undefined
      ? equalAreaFootprint(footprint.featureId, footprint.center, hectares)
      : null;
  }, [data, footprint]);
  const measurement = useMemo(() => measure(measurePoints), [measurePoints]);

  const pick = useCallback(
    (lngLat: [number, number]) => {
      if (pickMode === 'footprint') {
        setFootprint((f) => (f ? { ...f, center: lngLat } : f));
        setPickMode(null);
      } else if (pickMode === 'measure') {
        setMeasurePoints((points) => [...points, lngLat]);
      }
    },
    [pickMode],
  );
  const moveFootprint = useCallback(
    (center: [number, number]) => setFootprint((f) => (f ? { ...f, center } : f)),
    [],
  );

  return {
    footprint,
    setFootprint,
    footprintShape,
    measurePoints,
    setMeasurePoints,
    measurement,
    pickMode,
    setPickMode,
    pick,
    moveFootprint,
  };
}
