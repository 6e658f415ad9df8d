import { Family } from '../data/family.model';
import { GEOMETRY, HouseholdBox, PlacedPerson } from './genogram-layout.model';

const S = GEOMETRY.symbol;

/**
 * The outline around each household's members. Computed from the members (dagre's cluster boxes
 * occasionally miss a member); dagre's clusters still keep a household's members next to each other.
 */
export function householdBoxes(family: Family, persons: PlacedPerson[]): HouseholdBox[] {
  return [...family.households]
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((household) => {
      const members = persons.filter((p) => p.person.householdId === household.id);
      if (!members.length) return [];
      const left = Math.min(...members.map((p) => p.x)) - GEOMETRY.nodeWidth / 2 - GEOMETRY.householdPad;
      const right = Math.max(...members.map((p) => p.x)) + GEOMETRY.nodeWidth / 2 + GEOMETRY.householdPad;
      const top =
        Math.min(...members.map((p) => p.y)) - S / 2 - GEOMETRY.householdPad - GEOMETRY.householdLabel;
      const bottom =
        Math.max(...members.map((p) => p.y)) - S / 2 + GEOMETRY.nodeHeight + GEOMETRY.householdPad;
      return [{ household, x: left, y: top, width: right - left, height: bottom - top }];
    });
}
