import { PartnershipStatus, RelationshipQuality } from '../data/family.model';
import { GEOMETRY, Point } from './genogram-layout.model';

const r = (n: number) => Math.round(n * 10) / 10;
const move = (p: Point) => `M${r(p.x)} ${r(p.y)}`;
const line = (a: Point, b: Point) => `${move(a)} L${r(b.x)} ${r(b.y)}`;
const along = (p: Point, u: Point, d: number, n?: Point, s = 0): Point => ({
  x: p.x + u.x * d + (n?.x ?? 0) * s,
  y: p.y + u.y * d + (n?.y ?? 0) * s,
});

/** Down from both partners' symbols to a common line and across (the McGoldrick couple line). */
export function partnershipPath(a: Point, b: Point, lineY: number): string {
  const [left, right] = a.x <= b.x ? [a, b] : [b, a];
  return `${move(left)} V${r(lineY)} H${r(right.x)} V${r(right.y)}`;
}

/** One slash across the couple line for a separation, two for a divorce. */
export function statusMarks(midX: number, y: number, status: PartnershipStatus | undefined): string[] {
  const slash = (x: number) => line({ x: x - 4, y: y + 7 }, { x: x + 4, y: y - 7 });
  if (status === 'separated') return [slash(midX)];
  if (status === 'divorced') return [slash(midX - 4), slash(midX + 4)];
  return [];
}

/** From a parent (or the couple line) down to the sibling bar, across and down to the child. */
export function childPath(from: Point, barY: number, to: Point): string {
  return `${move(from)} V${r(barY)} H${r(to.x)} V${r(to.y)}`;
}

/**
 * The emotional line between two symbol centres, kept clear of the symbols: parallel strokes for
 * close (2) and very close (3), a zigzag for conflicted and hostile, a gap with end bars for a
 * cut-off, one (dotted by style) stroke for distant. `aside` moves the whole line sideways, off the
 * parent-child line it would otherwise cover.
 */
export function emotionalPaths(a: Point, b: Point, quality: RelationshipQuality, aside = 0): string[] {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const inset = GEOMETRY.symbol / 2 + 4;
  if (quality === 'normal' || length <= 2 * inset + 8) return [];
  const u = { x: (b.x - a.x) / length, y: (b.y - a.y) / length };
  const n = { x: -u.y, y: u.x };
  const start = along(a, u, inset, n, aside);
  const span = length - 2 * inset;
  const end = along(start, u, span);
  const parallel = (offsets: number[]) =>
    offsets.map((o) => line(along(start, u, 0, n, o), along(end, u, 0, n, o)));
  switch (quality) {
    case 'close':
      return parallel([-2.5, 2.5]);
    case 'very_close':
      return parallel([-4.5, 0, 4.5]);
    case 'conflicted':
    case 'hostile':
      return [zigzag(start, u, n, span, quality === 'hostile' ? 6 : 4.5)];
    case 'cut_off': {
      const gap = Math.min(16, span / 3);
      const left = along(start, u, (span - gap) / 2);
      const right = along(start, u, (span + gap) / 2);
      const bar = (p: Point) => line(along(p, u, 0, n, -6), along(p, u, 0, n, 6));
      return [line(start, left), line(right, end), bar(left), bar(right)];
    }
    default:
      return parallel([0]);
  }
}

function zigzag(start: Point, u: Point, n: Point, span: number, amplitude: number): string {
  const steps = Math.max(2, Math.round(span / 8));
  const points = Array.from({ length: steps + 1 }, (_, i) => {
    const side = i === 0 || i === steps ? 0 : i % 2 ? amplitude : -amplitude;
    return along(start, u, (span * i) / steps, n, side);
  });
  return `${move(points[0])} ${points
    .slice(1)
    .map((p) => `L${r(p.x)} ${r(p.y)}`)
    .join(' ')}`;
}
