import dagre from '@dagrejs/dagre';

import { Family } from '../data/family.model';
import { GenogramGraph, buildGenogramGraph } from './genogram-graph';

export interface OrderConstraint {
  left: string;
  right: string;
}

interface Placed {
  x: number;
  y: number;
}

/** Lays the graph out; a second pass keeps couples side by side when someone landed between them. */
export function arrange(family: Family): GenogramGraph {
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

/**
 * Order constraints that move a person out from between two partners (dagre keeps a couple's
 * children under them, but may seat, say, a foster mother between the parents). Each one moves the
 * person past the nearer partner. Partners of either partner stay: someone with several partners sits
 * between them by necessity.
 */
export function separateCouples(built: GenogramGraph): OrderConstraint[] {
  const { graph } = built;
  const at = (id: string) => graph.node(id) as Placed;
  const couples = built.relationships.filter((r) => r.kind === 'partner');
  const partnersOf = (id: string) =>
    couples.flatMap((r) =>
      r.fromPersonId === id ? [r.toPersonId] : r.toPersonId === id ? [r.fromPersonId] : [],
    );
  const out = new Map<string, OrderConstraint>();
  for (const couple of couples) {
    const [left, right] = [couple.fromPersonId, couple.toPersonId].sort((a, b) => at(a).x - at(b).x);
    if (Math.round(at(left).y) !== Math.round(at(right).y)) continue;
    const keep = new Set([left, right, ...partnersOf(left), ...partnersOf(right)]);
    for (const { id } of built.persons) {
      const p = at(id);
      if (keep.has(id) || Math.round(p.y) !== Math.round(at(left).y)) continue;
      if (p.x <= at(left).x || p.x >= at(right).x) continue;
      const constraint =
        p.x - at(left).x <= at(right).x - p.x ? siblings(graph, id, left) : siblings(graph, right, id);
      out.set(`${constraint.left}<${constraint.right}`, constraint);
    }
  }
  return [...out.values()];
}

/**
 * dagre orders the children of one cluster at a time, so a constraint between people in different
 * households is stated between the nodes that are siblings under their nearest common cluster.
 */
function siblings(graph: GenogramGraph['graph'], left: string, right: string): OrderConstraint {
  const chain = (id: string) => {
    const path = [id];
    for (let parent = graph.parent(id); parent; parent = graph.parent(parent)) path.unshift(parent);
    return path;
  };
  const [a, b] = [chain(left), chain(right)];
  let i = 0;
  while (a[i] === b[i]) i++;
  return { left: a[i], right: b[i] };
}
