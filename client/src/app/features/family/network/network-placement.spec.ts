import { NETWORK_SECTORS, NetworkMember } from '../data/network.model';
import { NETWORK_GEOMETRY, placeNetwork, ringRadius } from './network-placement';

const member = (id: string, extra: Partial<NetworkMember>): NetworkMember => ({
  id,
  childId: 'c1',
  name: id,
  sector: 'school',
  closeness: 2,
  support: 'supportive',
  ...extra,
});

describe('placeNetwork', () => {
  const distance = (p: { x: number; y: number }, c: { x: number; y: number }) =>
    Math.hypot(p.x - c.x, p.y - c.y);
  const angleOf = (p: { x: number; y: number }, c: { x: number; y: number }) =>
    (Math.atan2(p.x - c.x, c.y - p.y) + 2 * Math.PI) % (2 * Math.PI);

  it('puts closer people on inner rings', () => {
    const layout = placeNetwork([
      member('mum', { sector: 'family', closeness: 1 }),
      member('coach', { sector: 'hobbies', closeness: 2 }),
      member('doctor', { sector: 'health', closeness: 3 }),
    ]);
    const [mum, coach, doctor] = ['mum', 'coach', 'doctor'].map((id) =>
      layout.members.find((p) => p.member.id === id)!,
    );
    expect(distance(mum, layout.centre)).toBeCloseTo(ringRadius(1), 0);
    expect(distance(coach, layout.centre)).toBeCloseTo(ringRadius(2), 0);
    expect(distance(doctor, layout.centre)).toBeCloseTo(ringRadius(3), 0);
    expect(layout.rings).toEqual([1, 2, 3].map((n) => NETWORK_GEOMETRY.centre + n * NETWORK_GEOMETRY.ring));
    expect(ringRadius(1)).toBeLessThan(layout.rings[0]);
    expect(ringRadius(3)).toBeGreaterThan(layout.rings[1]);
  });

  it('keeps each person inside their sector, spread evenly in name order', () => {
    const layout = placeNetwork([
      member('c', { name: 'Cecilia' }),
      member('a', { name: 'Aada' }),
      member('b', { name: 'Bertta' }),
    ]);
    const wedge = layout.sectors.find((s) => s.sector === 'school')!;
    const span = wedge.end - wedge.start;
    expect(layout.members.map((p) => p.member.name)).toEqual(['Aada', 'Bertta', 'Cecilia']);
    layout.members.forEach((p, k) => {
      expect(p.angle - wedge.start).toBeCloseTo((span * (k + 0.5)) / 3);
      expect(angleOf(p, layout.centre)).toBeCloseTo(p.angle);
    });
  });

  it('keeps a line to an outer ring clear of the markers on the inner rings', () => {
    const layout = placeNetwork([
      member('grandma', { sector: 'relatives', closeness: 1 }),
      member('uncle', { sector: 'relatives', closeness: 2 }),
      member('cousin', { sector: 'relatives', closeness: 3 }),
    ]);
    const [grandma, uncle, cousin] = layout.members;
    const gap = (inner: typeof grandma, outer: typeof grandma) =>
      inner.radius * Math.sin(Math.abs(outer.angle - inner.angle));
    expect(gap(grandma, uncle)).toBeGreaterThan(14);
    expect(gap(grandma, cousin)).toBeGreaterThan(14);
    expect(gap(uncle, cousin)).toBeGreaterThan(14);
  });

  it('widens a crowded sector so that its people do not overlap', () => {
    const crowd = Array.from({ length: 6 }, (_, i) => member(`m${i}`, { closeness: 1, sector: 'family' }));
    const layout = placeNetwork(crowd);
    const [family, relatives] = layout.sectors;
    expect(family.end - family.start).toBeGreaterThan(2 * (relatives.end - relatives.start));
    expect(layout.sectors.at(-1)!.end).toBeCloseTo(2 * Math.PI);
    for (const [i, p] of layout.members.entries()) {
      expect(p.angle).toBeGreaterThan(family.start);
      expect(p.angle).toBeLessThan(family.end);
      for (const q of layout.members.slice(i + 1)) expect(distance(p, q)).toBeGreaterThan(40);
    }
  });

  it('steps every other person outwards when even the whole circle is too small', () => {
    const crowd = Array.from({ length: 14 }, (_, i) => member(`m${i}`, { closeness: 1, sector: 'friends' }));
    expect(new Set(placeNetwork(crowd).members.map((p) => p.radius)).size).toBe(2);
  });

  it('starts the first sector at 12 o clock and goes clockwise', () => {
    const layout = placeNetwork([]);
    expect(layout.sectors.map((s) => s.sector)).toEqual([...NETWORK_SECTORS]);
    expect(layout.sectors[0].edge.x).toBe(layout.centre.x);
    expect(layout.sectors[0].edge.y).toBeLessThan(layout.centre.y);
    expect(layout.sectors[2].edge.x).toBeGreaterThan(layout.centre.x);
    for (const s of layout.sectors)
      expect(s.end - s.start).toBeCloseTo((2 * Math.PI) / NETWORK_SECTORS.length);
  });
});
