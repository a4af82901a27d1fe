/**
 * Symbol shapes as SVG paths on a 24×24 grid. The map draws them into images (drawSymbolImage) and
 * the legend renders the same paths as SVG, so both always match.
 */
import { IN_USE_COLOUR, type SymbolShape } from './layerStyles';

export const SYMBOL_GRID = 24;

interface ShapeSpec {
  path: string;
  /** A colour of the shape's own, whatever the layer's. */
  colour?: string;
  /** Filled with the layer colour, or white (an open symbol). */
  fill: 'colour' | 'white' | 'none';
  inner?: string;
}

const circle = (r: number) => `M${12 - r} 12a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;

export const SHAPES: Record<SymbolShape, ShapeSpec> = {
  square: { path: 'M5 5h14v14H5z', fill: 'colour' },
  'square-open': { path: 'M6 6h12v12H6z', fill: 'white' },
  'square-returned': { path: 'M6 6h12v12H6z', fill: 'white', inner: 'M6 16.5L16.5 6H18v1.5L7.5 18H6z' },
  ring: { path: circle(10), fill: 'none' },
  triangle: { path: 'M12 3.5L20.5 19H3.5z', fill: 'colour' },
  circle: { path: circle(7), fill: 'colour' },
  'circle-open': { path: circle(7), fill: 'white' },
  'circle-dot': { path: circle(7), fill: 'white', inner: circle(3) },
  'circle-in-use': { path: circle(5), fill: 'colour', colour: IN_USE_COLOUR },
  arrow: { path: 'M12 3l8 16-8-4.5L4 19z', fill: 'colour' },
  star: {
    path: 'M12 2.5l2.7 6.3 6.8.6-5.2 4.5 1.6 6.7L12 17l-5.9 3.6 1.6-6.7-5.2-4.5 6.8-.6z',
    fill: 'colour',
  },
};

/**
 * A square canvas of `size` device pixels, drawn in CSS pixels. Drawn in memory, not on the GPU
 * (`willReadFrequently`): each image is read back once for MapLibre, and reading a GPU canvas
 * back waits for the GPU: drawing the symbols took 1.1 s of the main thread in a cold load at
 * 100,000 places (two cores, software GL), under 0.1 s in memory.
 */
function squareCanvas(size: number, pixelRatio: number): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('2D canvas unavailable');
  context.scale(pixelRatio, pixelRatio);
  return context;
}

/** Draws a symbol with a white halo so it reads on land, sea and tiles alike. */
export function drawSymbolImage(shape: SymbolShape, layerColour: string, pixelRatio: number): ImageData {
  const size = SYMBOL_GRID * pixelRatio;
  const context = squareCanvas(size, pixelRatio);
  const spec = SHAPES[shape];
  const colour = spec.colour ?? layerColour;
  const path = new Path2D(spec.path);
  context.lineJoin = 'round';
  context.strokeStyle = '#ffffff';
  context.lineWidth = spec.fill === 'none' ? 6 : 4;
  context.stroke(path);
  if (spec.fill !== 'none') {
    context.fillStyle = spec.fill === 'colour' ? colour : '#ffffff';
    context.fill(path);
  }
  context.strokeStyle = colour;
  context.lineWidth = spec.fill === 'colour' ? 1 : 3;
  context.stroke(path);
  if (spec.inner) {
    context.fillStyle = colour;
    context.fill(new Path2D(spec.inner));
  }
  return context.getImageData(0, 0, size, size);
}

/** A cluster's diameter in CSS pixels: larger for more places, within 30–44. */
export function clusterDiameter(total: number): number {
  return Math.round(Math.min(44, 30 + 6 * Math.log10(Math.max(1, total))));
}

/**
 * A cluster as a ring cut into arcs, one per layer in proportion to its places (the layers'
 * colours, in the legend's order), around a white disc for the count.
 */
export function drawClusterImage(
  counts: readonly number[],
  colours: readonly string[],
  pixelRatio: number,
): ImageData {
  const total = counts.reduce((a, b) => a + b, 0);
  const diameter = clusterDiameter(total);
  const size = Math.ceil(diameter * pixelRatio);
  const context = squareCanvas(size, pixelRatio);
  const centre = diameter / 2;
  const outer = centre - 1;
  const ring = 6;
  context.fillStyle = '#ffffff';
  context.beginPath();
  context.arc(centre, centre, centre, 0, 2 * Math.PI);
  context.fill();
  let angle = -Math.PI / 2;
  counts.forEach((count, i) => {
    if (count <= 0 || total === 0) return;
    const sweep = (count / total) * 2 * Math.PI;
    context.strokeStyle = colours[i] ?? '#333333';
    context.lineWidth = ring;
    context.beginPath();
    context.arc(centre, centre, outer - ring / 2, angle, angle + sweep);
    context.stroke();
    angle += sweep;
  });
  return context.getImageData(0, 0, size, size);
}
