/**
 * The top-level fields a pipeline reads from its input documents, as MongoDB's dependency analysis
 * finds them: when a stage replaces the document's shape ($group, $project, $count, $replaceRoot, ...)
 * nothing after it can see the other input fields, so only the fields read up to that stage need to be
 * copied into the pipeline (a dashboard's `$group` over children needs two fields, not whole records).
 * Undefined means "the whole document": any stage or expression this analysis does not know, `$$ROOT`
 * / `$$CURRENT`, field names given as plain strings ($getField), or a pipeline whose output still
 * carries the input documents. Over-including is harmless; under-including would be a wrong answer, so
 * every doubt answers undefined.
 */
import type { Document } from 'bson';
import { isPlainObject } from '../bson/values.js';

type Deps = Set<string>;

const top = (path: string): string => path.split('.')[0]!;

/** Expression operators that name fields in plain strings, or read the whole document. */
const OPAQUE_OPERATORS = new Set(['$getField', '$setField', '$unsetField', '$function', '$accumulator']);

/** Field paths (`'$a.b'`) an expression reads; false when it may read the whole document. */
function expressionRefs(value: unknown, deps: Deps): boolean {
  if (typeof value === 'string') {
    if (value.startsWith('$$')) {
      const name = value.slice(2).split('.')[0];
      return name !== 'ROOT' && name !== 'CURRENT';
    }
    if (value.startsWith('$')) deps.add(top(value.slice(1)));
    return true;
  }
  if (Array.isArray(value)) return value.every((v) => expressionRefs(v, deps));
  if (isPlainObject(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (OPAQUE_OPERATORS.has(key)) return false;
      if (key === '$literal') continue;
      // $top / $bottom (and their N forms) order by fields named in plain keys.
      if (key === 'sortBy' && isPlainObject(v)) for (const field of Object.keys(v)) deps.add(top(field));
      if (!expressionRefs(v, deps)) return false;
    }
  }
  return true;
}

/** Fields a $match filter reads. */
function filterRefs(filter: unknown, deps: Deps): boolean {
  if (!isPlainObject(filter)) return false;
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' || key === '$or' || key === '$nor') {
      if (!Array.isArray(value) || !value.every((f) => filterRefs(f, deps))) return false;
    } else if (key === '$expr') {
      if (!expressionRefs(value, deps)) return false;
    } else if (key === '$comment') {
      continue;
    } else if (key.startsWith('$')) {
      return false;
    } else {
      deps.add(top(key));
      // Operator values are literals, except an $expr nested in $elemMatch: collect its paths too.
      if (!expressionRefs(value, deps)) return false;
    }
  }
  return true;
}

function isExclusion(spec: Document): boolean {
  return Object.entries(spec).every(([k, v]) => k === '_id' || v === 0 || v === false);
}

/**
 * Reads the stages up to the first one that replaces the document: true when found (deps complete),
 * false when the input documents may reach the output or something is unknown.
 */
function walk(stages: readonly unknown[], deps: Deps): boolean {
  for (const stage of stages) {
    if (!isPlainObject(stage)) return false;
    const keys = Object.keys(stage);
    if (keys.length !== 1) return false;
    const op = keys[0]!;
    const spec = stage[op];
    switch (op) {
      case '$match':
        if (!filterRefs(spec, deps)) return false;
        break;
      case '$sort':
        if (!isPlainObject(spec)) return false;
        for (const [key, v] of Object.entries(spec)) {
          if (typeof v !== 'number') return false;
          deps.add(top(key));
        }
        break;
      case '$limit':
      case '$skip':
        break;
      case '$unwind':
        if (!expressionRefs(isPlainObject(spec) ? spec.path : spec, deps)) return false;
        break;
      case '$addFields':
      case '$set':
        if (!isPlainObject(spec)) return false;
        for (const [key, v] of Object.entries(spec)) {
          deps.add(top(key));
          if (!expressionRefs(v, deps)) return false;
        }
        break;
      case '$unset':
        break;
      case '$lookup':
        if (!isPlainObject(spec)) return false;
        if (typeof spec.localField === 'string') deps.add(top(spec.localField));
        if (spec.let !== undefined && !expressionRefs(spec.let, deps)) return false;
        // `as` may overwrite an input field that a later stage reads as the new value: harmless.
        break;
      case '$project':
        if (!isPlainObject(spec) || isExclusion(spec)) return false;
        deps.add('_id');
        for (const [key, v] of Object.entries(spec)) {
          // Also for nested specs (`{a: {b: 1}}`) and computed fields: over-including is harmless.
          deps.add(top(key));
          if (!(v === 0 || v === 1 || typeof v === 'boolean') && !expressionRefs(v, deps)) return false;
        }
        return true;
      case '$group':
      case '$replaceRoot':
      case '$replaceWith':
      case '$sortByCount':
      case '$bucket':
      case '$bucketAuto':
        return expressionRefs(spec, deps);
      case '$count':
        return true;
      case '$facet':
        if (!isPlainObject(spec)) return false;
        return Object.values(spec).every((sub) => Array.isArray(sub) && walk(sub, deps));
      default:
        return false;
    }
  }
  return false;
}

export function pipelineDependencies(stages: readonly unknown[]): Set<string> | undefined {
  const deps: Deps = new Set(['_id']);
  return walk(stages, deps) && !deps.has('__proto__') ? deps : undefined;
}
