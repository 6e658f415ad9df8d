import dagre from '@dagrejs/dagre';

import { Family, Relationship } from '../data/family.model';
import { GenogramGraph, buildGenogramGraph } from './genogram-graph';
import {
  ChildLine,
  GEOMETRY,
  GenogramLayout,
  HouseholdBox,
  PartnershipLine,
  PlacedPerson,
  Point,
} from './genogram-layout.model';
import { childPath, emotionalPaths, partnershipPath, statusMarks } from './genogram-lines';
import { separateCouples } from './genogram-order';

export interface GenogramLayoutOptions {
  /** The child whose page shows the genogram: their symbol gets the double outline. */
  indexChildId?: string;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const S = GEOMETRY.symbol;
const EMOTIONAL_ASIDE = 12;

/**
 * Positions everything in the genogram: dagre places the people (see buildGenogramGraph), and the
 * lines are drawn between the placed symbols. Pure: the same family gives the same layout.
 */
export function layoutGenogram(family: Family, options: GenogramLayoutOptions = {}): GenogramLayout {
  const built = arrange(family);
  const { graph } = built;
  const box = (id: string) => graph.node(id) as Box;
  const top = (id: string) => box(id).y - GEOMETRY.nodeHeight / 2;
  const rows = [...new Set(built.persons.map((p) => Math.round(box(p.id).y)))].sort((a, b) => a - b);

  const persons: PlacedPerson[] = built.persons.map((person) => ({
    person,
    x: box(person.id).x,
    y: top(person.id) + S / 2,
    index: !!options.indexChildId && person.childId === options.indexChildId,
    generation: rows.indexOf(Math.round(box(person.id).y)),
  }));
  const at = new Map(persons.map((p) => [p.person.id, p]));
  const below = (id: string): Point => ({ x: at.get(id)!.x, y: at.get(id)!.y + S / 2 });
  const above = (id: string): Point => ({ x: at.get(id)!.x, y: at.get(id)!.y - S / 2 });
  const barY = (from: Point, childId: string) => Math.max(from.y, top(childId) - GEOMETRY.barRise);

  const partnerships = new Map<string, PartnershipLine>();
  for (const r of built.relationships.filter((e) => e.kind === 'partner')) {
    const y = Math.max(top(r.fromPersonId), top(r.toPersonId)) + GEOMETRY.nodeHeight + GEOMETRY.lineDrop;
    const midX = (at.get(r.fromPersonId)!.x + at.get(r.toPersonId)!.x) / 2;
    const path = partnershipPath(below(r.fromPersonId), below(r.toPersonId), y);
    partnerships.set(r.id, {
      relationship: r,
      path,
      marks: statusMarks(midX, y, r.partnershipStatus),
      midX,
      y,
    });
  }

  const childLines: ChildLine[] = built.coupleChildren.map(({ childId, partnership, edges }) => {
    const { midX, y } = partnerships.get(partnership.id)!;
    const from = { x: midX, y };
    return {
      relationshipIds: edges.map((e) => e.id),
      childId,
      parenthood: edges[0].parenthood ?? 'biological',
      path: childPath(from, barY(from, childId), above(childId)),
    };
  });
  for (const e of built.singleParentEdges) {
    const from = below(e.fromPersonId);
    const path = childPath(from, barY(from, e.toPersonId), above(e.toPersonId));
    childLines.push({
      relationshipIds: [e.id],
      childId: e.toPersonId,
      parenthood: e.parenthood ?? 'biological',
      path,
    });
  }

  return {
    width: graph.graph().width ?? 0,
    height: graph.graph().height ?? 0,
    persons,
    partnerships: [...partnerships.values()],
    childLines,
    emotionalLines: built.relationships.filter(hasQuality).map((relationship) => ({
      relationship,
      quality: relationship.quality,
      // A parent's line runs beside the parent-child line, not on top of it.
      paths: emotionalPaths(
        at.get(relationship.fromPersonId)!,
        at.get(relationship.toPersonId)!,
        relationship.quality,
        relationship.kind === 'parent_of' ? EMOTIONAL_ASIDE : 0,
      ),
    })),
    households: householdBoxes(family, persons),
  };
}

/** Lays the graph out; a second pass keeps couples side by side when someone landed between them. */
function arrange(family: Family): GenogramGraph {
  const first = buildGenogramGraph(family);
  dagre.layout(first.graph, { constraints: first.order });
  const apart = separateCouples(first);
  if (!apart.length) return first;
  const second = buildGenogramGraph(family);
  try {
    dagre.layout(second.graph, { constraints: [...second.order, ...apart] });
    return second;
  } catch {
    // Constraints that contradict each other: the first layout is complete and correct, if less tidy.
    return first;
  }
}

const hasQuality = (
  r: Relationship,
): r is Relationship & { quality: Exclude<Relationship['quality'], 'normal'> } => r.quality !== 'normal';

/**
 * The outline around each household's members. Computed from the members (dagre's cluster boxes
 * occasionally miss a member); dagre's clusters still keep a household's members next to each other.
 */
function householdBoxes(family: Family, persons: PlacedPerson[]): HouseholdBox[] {
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
