import { Family, Relationship } from '../data/family.model';
import { householdBoxes } from './genogram-households';
import {
  ChildLine,
  GEOMETRY,
  GenogramLayout,
  PartnershipLine,
  PlacedPerson,
  Point,
} from './genogram-layout.model';
import { childPath, emotionalPaths, partnershipPath, statusMarks } from './genogram-lines';
import { arrange } from './genogram-order';

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

const hasQuality = (
  r: Relationship,
): r is Relationship & { quality: Exclude<Relationship['quality'], 'normal'> } => r.quality !== 'normal';
