import type { Person, Relationship } from './genogram-api.js';

type Edge = Pick<Relationship, 'kind' | 'fromPersonId' | 'toPersonId'> & { id?: string };
type Dated = Pick<Person, 'id' | 'dateOfBirth' | 'dateOfDeath'>;

export interface GenogramIssue {
  path: string[];
  message: string;
}

/** True when adding parent -> child would make someone their own ancestor. */
export function createsAncestryCycle(edges: readonly Edge[], parentId: string, childId: string): boolean {
  const childrenOf = new Map<string, string[]>();
  for (const e of edges)
    if (e.kind === 'parent_of')
      childrenOf.set(e.fromPersonId, [...(childrenOf.get(e.fromPersonId) ?? []), e.toPersonId]);
  // A cycle appears iff the new parent is already a descendant of the new child.
  const seen = new Set<string>();
  const stack = [childId];
  while (stack.length) {
    const id = stack.pop()!;
    if (id === parentId) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(childrenOf.get(id) ?? []));
  }
  return false;
}

/**
 * Checks a new edge against the genogram as stored: no self-ancestry, at most two biological parents,
 * no duplicate edge, and a parent born before the child.
 */
export function relationshipIssues(
  edge: Edge,
  existing: readonly Edge[],
  persons: ReadonlyMap<string, Dated>,
): GenogramIssue[] {
  const issues: GenogramIssue[] = [];
  const from = persons.get(edge.fromPersonId);
  const to = persons.get(edge.toPersonId);
  if (!from) issues.push({ path: ['fromPersonId'], message: 'No such person in this family.' });
  if (!to) issues.push({ path: ['toPersonId'], message: 'No such person in this family.' });
  if (!from || !to) return issues;
  const others = existing.filter((e) => e.id === undefined || e.id !== edge.id);
  const same = others.some(
    (e) =>
      e.kind === edge.kind &&
      ((e.fromPersonId === edge.fromPersonId && e.toPersonId === edge.toPersonId) ||
        (edge.kind === 'partner' &&
          e.fromPersonId === edge.toPersonId &&
          e.toPersonId === edge.fromPersonId)),
  );
  if (same) issues.push({ path: ['toPersonId'], message: 'These two people are already linked this way.' });
  if (edge.kind === 'parent_of') {
    if (createsAncestryCycle(others, edge.fromPersonId, edge.toPersonId))
      issues.push({ path: ['toPersonId'], message: 'This would make a person their own ancestor.' });
    if (from.dateOfBirth && to.dateOfBirth && from.dateOfBirth >= to.dateOfBirth)
      issues.push({ path: ['fromPersonId'], message: 'A parent must be born before the child.' });
  }
  return issues;
}

/** A person's dates against their parents and children already in the genogram. */
export function personDateIssues(
  person: Dated,
  edges: readonly Edge[],
  persons: ReadonlyMap<string, Dated>,
): GenogramIssue[] {
  const issues: GenogramIssue[] = [];
  if (person.dateOfBirth && person.dateOfDeath && person.dateOfDeath < person.dateOfBirth)
    issues.push({ path: ['dateOfDeath'], message: 'The date of death is before the birth.' });
  if (!person.dateOfBirth) return issues;
  for (const e of edges) {
    if (e.kind !== 'parent_of') continue;
    const parent = e.toPersonId === person.id ? persons.get(e.fromPersonId) : undefined;
    const child = e.fromPersonId === person.id ? persons.get(e.toPersonId) : undefined;
    if (parent?.dateOfBirth && parent.dateOfBirth >= person.dateOfBirth)
      issues.push({ path: ['dateOfBirth'], message: 'A parent must be born before the child.' });
    if (child?.dateOfBirth && person.dateOfBirth >= child.dateOfBirth)
      issues.push({ path: ['dateOfBirth'], message: 'A parent must be born before the child.' });
  }
  return issues;
}
