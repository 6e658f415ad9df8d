import { Family } from '../data/family.model';
import { threeGenerationFamily } from '../testing/family-fixture';
import { GEOMETRY, GenogramLayout, PlacedPerson } from './genogram-layout.model';
import { layoutGenogram } from './genogram-layout';

describe('layoutGenogram', () => {
  let layout: GenogramLayout;
  const at = (id: string): PlacedPerson => layout.persons.find((p) => p.person.id === id)!;
  const row = (id: string) => layout.persons.filter((p) => p.y === at(id).y).sort((a, b) => a.x - b.x);
  const adjacent = (a: string, b: string) => Math.abs(row(a).indexOf(at(a)) - row(a).indexOf(at(b))) === 1;

  beforeEach(() => (layout = layoutGenogram(threeGenerationFamily(), { indexChildId: 'c1' })));

  it('puts grandparents above parents above children, each generation on one row', () => {
    const generations = [
      ['veikko', 'liisa', 'pentti', 'marja'],
      ['jari', 'sanna', 'tiina', 'kaisa'],
      ['aino', 'eetu', 'onni'],
    ];
    generations.forEach((ids, generation) => {
      for (const id of ids) {
        expect(at(id).y).withContext(id).toBe(at(ids[0]).y);
        expect(at(id).generation).withContext(id).toBe(generation);
      }
    });
    expect(at('veikko').y).toBeLessThan(at('jari').y);
    expect(at('jari').y).toBeLessThan(at('aino').y);
  });

  it('places partners side by side with the couple line below them', () => {
    for (const [a, b] of [
      ['veikko', 'liisa'],
      ['pentti', 'marja'],
      ['jari', 'tiina'],
    ]) {
      expect(at(a).y).toBe(at(b).y);
      expect(adjacent(a, b)).withContext(`${a} next to ${b}`).toBeTrue();
    }
    const couple = layout.partnerships.find((p) => p.relationship.id === 'r-gp1')!;
    expect(couple.y).toBeGreaterThan(at('veikko').y + GEOMETRY.symbol / 2);
    expect(couple.midX).toBe((at('veikko').x + at('liisa').x) / 2);
  });

  it("hangs a couple's children from the couple line, oldest on the left", () => {
    const aino = layout.childLines.find((l) => l.childId === 'aino' && l.parenthood === 'biological')!;
    const parents = layout.partnerships.find((p) => p.relationship.id === 'r-parents')!;
    expect(aino.relationshipIds.sort()).toEqual(['r-aino1', 'r-aino2']);
    expect(aino.path).toMatch(new RegExp(`^M${Math.round(parents.midX * 10) / 10} ${parents.y} `));
    expect(at('aino').x).toBeLessThan(at('eetu').x);
    const foster = layout.childLines.find((l) => l.parenthood === 'foster')!;
    expect(foster.relationshipIds).toEqual(['r-foster']);
  });

  it('draws household outlines around their members and no one else', () => {
    expect(layout.households.map((h) => h.household.id)).toEqual(['h-father', 'h-mother']);
    for (const box of layout.households) {
      for (const p of layout.persons) {
        const inside =
          p.x - GEOMETRY.nodeWidth / 2 >= box.x &&
          p.x + GEOMETRY.nodeWidth / 2 <= box.x + box.width &&
          p.y - GEOMETRY.symbol / 2 >= box.y &&
          p.y - GEOMETRY.symbol / 2 + GEOMETRY.nodeHeight <= box.y + box.height;
        const centreInside =
          p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;
        if (p.person.householdId === box.household.id) expect(inside).withContext(p.person.id).toBeTrue();
        else expect(centreInside).withContext(`${p.person.id} in ${box.household.id}`).toBeFalse();
      }
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width);
    }
  });

  it('marks the index child, leaves network people out and draws statuses and emotional lines', () => {
    expect(layout.persons.filter((p) => p.index).map((p) => p.person.id)).toEqual(['aino']);
    expect(layout.persons.some((p) => p.person.id === 'teacher')).toBeFalse();
    const marks = (id: string) => layout.partnerships.find((p) => p.relationship.id === id)!.marks.length;
    expect([marks('r-gp1'), marks('r-parents'), marks('r-gp2')]).toEqual([0, 1, 2]);
    const lines = new Map(layout.emotionalLines.map((l) => [l.relationship.id, l]));
    expect([...lines.keys()].sort()).toEqual(['r-aino1', 'r-aino2', 'r-gp2', 'r-parents']);
    expect(lines.get('r-aino2')!.paths.length).toBe(2);
    expect(lines.get('r-gp2')!.paths.length).toBe(4);
  });

  it('is deterministic: the order of the input does not change the picture', () => {
    const shuffled: Family = threeGenerationFamily();
    shuffled.persons.reverse();
    shuffled.relationships.reverse();
    shuffled.households.reverse();
    expect(layoutGenogram(shuffled, { indexChildId: 'c1' })).toEqual(layout);
    expect(layoutGenogram(threeGenerationFamily(), { indexChildId: 'c1' })).toEqual(layout);
  });

  it('lays out an empty family and a single person', () => {
    const empty: Family = { id: 'f', name: 'x', households: [], persons: [], relationships: [] };
    expect(layoutGenogram(empty).persons).toEqual([]);
    const alone = layoutGenogram({ ...empty, persons: [threeGenerationFamily().persons[0]] });
    expect(alone.persons.length).toBe(1);
    expect(alone.width).toBeGreaterThan(GEOMETRY.nodeWidth);
  });
});
