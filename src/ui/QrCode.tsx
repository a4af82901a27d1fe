/**
 * A QR code drawn as one SVG path, made in the browser by `uqr` (MIT; no network). Black on white
 * with the standard quiet zone of four modules, so phones read it off a projector screen too.
 */
import { encode } from 'uqr';

export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const BORDER = 4;
  const { data, size } = encode(text, { ecc: 'M', border: BORDER });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
