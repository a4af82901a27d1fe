/**
 * The map-size control's arithmetic (1×, 1.5×, 2×, as in DEFRA's accessible map): a layer's sizes
 * in pixels (text, lines, circles, halos, offsets, padding) multiplied by the chosen factor. Sizes in
 * ems (label offsets, widths) follow the text size by themselves; the symbol images are drawn larger
 * where they are made (src/map/useMapSetup.ts), not stretched.
 */
type Value = unknown;

/** Layout and paint properties measured in pixels. */
const PIXEL_PROPERTIES = new Set([
  'text-size',
  'text-halo-width',
  'text-padding',
  'icon-offset',
  'icon-padding',
  'line-width',
  'circle-radius',
  'circle-stroke-width',
  'circle-translate',
]);

const isExpression = (v: Value): v is [string, ...Value[]] => Array.isArray(v) && typeof v[0] === 'string';
const usesZoom = (v: Value): boolean =>
  Array.isArray(v) && (v[0] === 'zoom' || v.some((part) => usesZoom(part)));

/** One value times k: a number, a pair of numbers, or an expression (zoom curves by their stops). */
export function scaleValue(value: Value, k: number): Value {
  if (typeof value === 'number') return value * k;
  if (Array.isArray(value) && value.every((v) => typeof v === 'number')) return value.map((v) => v * k);
  if (isExpression(value)) {
    const [op, ...args] = value;
    // A zoom curve must stay the outermost expression: its outputs are scaled instead.
    if (op === 'interpolate' && usesZoom(args[1])) {
      const [interpolation, input, ...stops] = args;
      return [op, interpolation, input, ...stops.map((v, i) => (i % 2 === 1 ? scaleValue(v, k) : v))];
    }
    if (op === 'step' && usesZoom(args[0])) {
      const [input, first, ...stops] = args;
      return [op, input, scaleValue(first, k), ...stops.map((v, i) => (i % 2 === 1 ? scaleValue(v, k) : v))];
    }
    return ['*', value, k];
  }
  return value;
}

/** A layer's layout or paint with its pixel sizes times k (the same object when k is 1). */
export function scaleSizes<T extends object | undefined>(properties: T, k: number): T {
  if (k === 1 || !properties) return properties;
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [
      key,
      PIXEL_PROPERTIES.has(key) ? scaleValue(value, k) : value,
    ]),
  ) as T;
}
