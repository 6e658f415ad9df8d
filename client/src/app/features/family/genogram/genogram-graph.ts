import dagre from '@dagrejs/dagre';

import { Family, Person, Relationship } from '../data/family.model';
import { GEOMETRY } from './genogram-layout.model';

export const householdNode = (householdId: string) => `household:${householdId}`;

type DagreGraph = ReturnType<typeof newGraph>;

/** A couple's child hangs from the couple's union node; other parent lines go straight to the child. */
export interface GenogramGraph {
  graph: DagreGraph;
  persons: Person[];
  /** The relationships between shown persons. */
  relationships: Relationship[];
  /** Child person id -> the partnership it hangs from (with both parent edges). */
  coupleChildren: { childId: string; partnership: Relationship; edges: Relationship[] }[];
  singleParentEdges: Relationship[];
  /** Siblings oldest first, left to right (within one household). */
  order: { left: string; right: string }[];
}

const byBirth = (a: Person, b: Person) =>
  (a.dateOfBirth ?? '9999').localeCompare(b.dateOfBirth ?? '9999') || a.id.localeCompare(b.id);

/**
 * The family as a layered graph for dagre: person nodes, one small union node per partnership one
 * rank below the partners, and children one rank below the union. A parent line without a couple
 * spans two ranks (minlen 2), so every generation lands on the same row. Households are dagre
 * clusters, which keeps their members together and gives the outline box. Inputs are sorted first:
 * the same family always gives the same picture.
 */
export function buildGenogramGraph(family: Family): GenogramGraph {
  const edges = [...family.relationships].sort((a, b) => a.id.localeCompare(b.id));
  const linked = new Set(edges.flatMap((r) => [r.fromPersonId, r.toPersonId]));
  const persons = family.persons.filter((p) => p.kind === 'family' || linked.has(p.id)).sort(byBirth);
  const shown = new Set(persons.map((p) => p.id));
  const visible = edges.filter((r) => shown.has(r.fromPersonId) && shown.has(r.toPersonId));
  const householdOf = new Map(persons.map((p) => [p.id, clusterOf(family, p)]));

  const graph = newGraph();
  for (const h of new Set(householdOf.values())) if (h) graph.setNode(h, {});
  for (const p of persons) {
    graph.setNode(p.id, { width: GEOMETRY.nodeWidth, height: GEOMETRY.nodeHeight });
    const cluster = householdOf.get(p.id);
    if (cluster) graph.setParent(p.id, cluster);
  }

  for (const r of visible.filter((e) => e.kind === 'partner')) {
    const union = unionNode(r);
    graph.setNode(union, { width: GEOMETRY.unionWidth, height: 1 });
    const shared = householdOf.get(r.fromPersonId);
    if (shared && shared === householdOf.get(r.toPersonId)) graph.setParent(union, shared);
    graph.setEdge(r.fromPersonId, union, { weight: 4 });
    graph.setEdge(r.toPersonId, union, { weight: 4 });
  }

  const coupleChildren: GenogramGraph['coupleChildren'] = [];
  const singleParentEdges: Relationship[] = [];
  const parentEdges = visible.filter((e) => e.kind === 'parent_of');
  const order: GenogramGraph['order'] = [];
  const youngest = new Map<string, string>();
  for (const child of persons) {
    const mine = parentEdges.filter((e) => e.toPersonId === child.id);
    const couple = coupleOf(mine, visible);
    const group = couple?.partnership.id ?? mine[0]?.fromPersonId;
    const elder = group ? youngest.get(group) : undefined;
    if (elder && householdOf.get(elder) === householdOf.get(child.id))
      order.push({ left: elder, right: child.id });
    if (group) youngest.set(group, child.id);
    if (couple) {
      coupleChildren.push({ childId: child.id, ...couple });
      graph.setEdge(unionNode(couple.partnership), child.id, { weight: 2 });
    }
    for (const e of mine.filter((m) => !couple?.edges.includes(m))) {
      singleParentEdges.push(e);
      graph.setEdge(e.fromPersonId, child.id, { minlen: 2 });
    }
  }
  return { graph, persons, relationships: visible, coupleChildren, singleParentEdges, order };
}

/**
 * Two of a child's parent lines that hang from one partnership: the parents are partners and the
 * parenthood is of the same kind. Any other parent line (a foster parent, a step-parent) is drawn alone.
 */
function coupleOf(
  parentEdges: Relationship[],
  edges: Relationship[],
): { partnership: Relationship; edges: Relationship[] } | undefined {
  const kind = (e: Relationship) => e.parenthood ?? 'biological';
  for (const [i, a] of parentEdges.entries()) {
    for (const b of parentEdges.slice(i + 1)) {
      if (kind(a) !== kind(b)) continue;
      const partnership = edges.find(
        (e) => e.kind === 'partner' && samePair(e, a.fromPersonId, b.fromPersonId),
      );
      if (partnership) return { partnership, edges: [a, b] };
    }
  }
  return undefined;
}

const samePair = (e: Relationship, a: string, b: string) =>
  (e.fromPersonId === a && e.toPersonId === b) || (e.fromPersonId === b && e.toPersonId === a);

const unionNode = (partnership: Relationship) => `union:${partnership.id}`;

function clusterOf(family: Family, person: Person): string | undefined {
  const known = family.households.some((h) => h.id === person.householdId);
  return known ? householdNode(person.householdId!) : undefined;
}

function newGraph() {
  const graph = new dagre.graphlib.Graph({ compound: true, multigraph: false });
  graph.setGraph({
    rankdir: 'TB',
    nodesep: GEOMETRY.nodeSep,
    ranksep: GEOMETRY.rankSep,
    marginx: GEOMETRY.marginX,
    marginy: GEOMETRY.marginY,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  return graph;
}
