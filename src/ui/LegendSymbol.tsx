import type { SymbolShape } from '../symbology/layerStyles';
import { SHAPES, SYMBOL_GRID } from '../symbology/symbolShapes';

/** The map symbol as SVG, for the legend and lists. Decorative: the text beside it carries the meaning. */
export function LegendSymbol({
  shape,
  colour,
  size = 18,
}: {
  shape: SymbolShape;
  colour: string;
  size?: number;
}) {
  const spec = SHAPES[shape];
  const fill = spec.fill === 'colour' ? colour : spec.fill === 'white' ? '#ffffff' : 'none';
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${SYMBOL_GRID} ${SYMBOL_GRID}`}
      aria-hidden="true"
      focusable="false"
    >
      <path d={spec.path} fill={fill} stroke={colour} strokeWidth={spec.fill === 'colour' ? 1 : 3} />
      {spec.inner && <path d={spec.inner} fill={colour} />}
    </svg>
  );
}
