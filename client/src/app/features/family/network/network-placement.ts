import { NETWORK_SECTORS, NetworkMember, NetworkSector } from '../data/network.model';

/** Sizes in SVG user units: the child's circle, the width of each ring, room for labels outside. */
export const NETWORK_GEOMETRY = { centre: 44, ring: 84, margin: 96, minGap: 46, minSpan: 0.35 } as const;

export interface Point {
  x: number;
  y: number;
}

export interface SectorWedge {
  sector: NetworkSector;
  /** Radians clockwise from 12 o'clock. */
  start: number;
  end: number;
  /** Where the boundary line at `start` meets the outer ring. */
  edge: Point;
  label: Point;
}

export interface PlacedMember {
  member: NetworkMember;
  x: number;
  y: number;
  angle: number;
  radius: number;
}

export interface NetworkLayout {
  size: number;
  centre: Point;
  /** Outer radius of rings 1 (closest) to 3. */
  rings: number[];
  sectors: SectorWedge[];
  members: PlacedMember[];
}

const TAU = 2 * Math.PI;

/**
 * The network map's geometry: the child in the centre, three rings by closeness, one wedge per
 * sector (NETWORK_SECTORS order, clockwise from the top). Wedges are equal until a sector's people
 * would crowd; such a sector gets the room it needs from the others. A ring's people in one sector
 * are spread evenly across the wedge, in name order; if they still crowd, every other one steps out.
 */
export function placeNetwork(members: readonly NetworkMember[]): NetworkLayout {
  const { centre: inner, ring, margin } = NETWORK_GEOMETRY;
  const outer = inner + 3 * ring;
  const c = outer + margin;
  const centre = { x: c, y: c };
  const at = (angle: number, radius: number): Point => ({
    x: round(c + radius * Math.sin(angle)),
    y: round(c - radius * Math.cos(angle)),
  });
  const spans = sectorSpans(members);
  let start = 0;
  const sectors = NETWORK_SECTORS.map((sector, i) => {
    const end = start + spans[i];
    const wedge = { sector, start, end, edge: at(start, outer), label: at((start + end) / 2, outer + 28) };
    start = end;
    return wedge;
  });

  const placed: PlacedMember[] = [];
  for (const wedge of sectors) {
    for (const closeness of [1, 2, 3]) {
      const cell = members
        .filter((m) => m.sector === wedge.sector && m.closeness === closeness)
        .sort((a, b) => a.name.localeCompare(b.name, 'fi') || a.id.localeCompare(b.id));
      const base = ringRadius(closeness);
      const span = wedge.end - wedge.start;
      const crowded = (base * span) / cell.length < NETWORK_GEOMETRY.minGap;
      // Each ring sits a quarter slot apart, so that a line to an outer ring misses the inner markers.
      const shift = (closeness - 2) / 4;
      cell.forEach((member, k) => {
        const angle = wedge.start + (span * (k + 0.5 + shift)) / cell.length;
        const radius = crowded && k % 2 ? base + ring / 4 : crowded ? base - ring / 6 : base;
        placed.push({ member, ...at(angle, radius), angle, radius });
      });
    }
  }
  return { size: 2 * c, centre, rings: [1, 2, 3].map((n) => inner + n * ring), sectors, members: placed };
}

/** Each sector's angle: what its most crowded ring needs, plus an equal share of what is left. */
function sectorSpans(members: readonly NetworkMember[]): number[] {
  const needs = NETWORK_SECTORS.map((sector) =>
    Math.max(
      NETWORK_GEOMETRY.minSpan,
      ...[1, 2, 3].map((closeness) => {
        const count = members.filter((m) => m.sector === sector && m.closeness === closeness).length;
        return (count * NETWORK_GEOMETRY.minGap) / ringRadius(closeness);
      }),
    ),
  );
  const total = needs.reduce((sum, need) => sum + need, 0);
  if (total > TAU) return needs.map((need) => (need * TAU) / total);
  return needs.map((need) => need + (TAU - total) / needs.length);
}

/** The middle of ring `closeness` (1 = closest to the child). */
export function ringRadius(closeness: number): number {
  return NETWORK_GEOMETRY.centre + (closeness - 0.5) * NETWORK_GEOMETRY.ring;
}

const round = (n: number) => Math.round(n * 10) / 10;
