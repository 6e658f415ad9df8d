/**
 * Find-style projection. Plain inclusion / exclusion and $slice / $elemMatch / positional `.$` are done
 * here (they keep boxed number types); other forms (expressions, $meta) are delegated to mingo.
 */
import type { Document } from 'bson';
import { Query } from 'mingo';
import { cloneDoc, isPlainObject, toPlain } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';
import { assertSupported } from './unsupported.js';
import { applyProjectionOps, parseProjectionOp, type ProjectionOp } from './projection-ops.js';

export type Projector = (doc: Document, filter?: Document) => Document;

interface PathTree {
  [key: string]: PathTree | true;
}

function buildTree(paths: string[]): PathTree {
  const tree: PathTree = {};
  for (const path of paths) {
    let node = tree;
    const parts = path.split('.');
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = true;
      else {
        const next = node[part];
        if (next === true) return;
        node = (node[part] = next ?? {}) as PathTree;
      }
    });
  }
  return tree;
}

function include(value: unknown, tree: PathTree): unknown {
  if (Array.isArray(value))
    return value.filter((v) => isPlainObject(v) || Array.isArray(v)).map((v) => include(v, tree));
  if (!isPlainObject(value)) return undefined;
  const out: Document = {};
  for (const key of Object.keys(value)) {
    const node = tree[key];
    if (node === undefined) continue;
    if (node === true) out[key] = value[key];
    else {
      const sub = include(value[key], node);
      if (sub !== undefined) out[key] = sub;
    }
  }
  return out;
}

function exclude(value: unknown, tree: PathTree): unknown {
  if (Array.isArray(value))
    return value.map((v) => (isPlainObject(v) || Array.isArray(v) ? exclude(v, tree) : v));
  if (!isPlainObject(value)) return value;
  const out: Document = {};
  for (const key of Object.keys(value)) {
    const node = tree[key];
    if (node === true) continue;
    out[key] = node === undefined ? value[key] : exclude(value[key], node);
  }
  return out;
}

export function compileProjection(projection: unknown): Projector | undefined {
  if (projection === undefined || projection === null) return undefined;
  if (!isPlainObject(projection))
    throw new CommandError(14, 'Expected field projection to be of type object', 'TypeMismatch');
  const spec = toPlain(projection) as Document;
  const keys = Object.keys(spec);
  if (keys.length === 0) return undefined;
  assertSupported(spec);
  // Operators the engine does itself ($slice, $elemMatch, `.$`); other forms (expressions, $meta) go to mingo.
  const parsed = keys.map((k) => parseProjectionOp(k, spec[k]));
  if (parsed.some((p) => p === null)) {
    return (doc, filter) => {
      try {
        // A copy: mingo's exclusions delete from the document they get, which is the stored image.
        return new Query(filter ?? {}).find([cloneDoc(toPlain(doc)) as Document], spec).all()[0] as Document;
      } catch (err) {
        throw new CommandError(2, (err as Error).message);
      }
    };
  }
  const ops = parsed.filter((p): p is ProjectionOp => p !== undefined);
  const plainKeys = keys.filter((_, i) => parsed[i] === undefined);
  const idSetting = plainKeys.includes('_id') ? !!spec._id : true;
  const others = plainKeys.filter((k) => k !== '_id');
  const includers = ops.filter((op) => op.kind !== 'slice');
  // $slice alone leaves the projection an exclusion (every field); $elemMatch / `.$` make it an inclusion.
  const inclusion = others.length
    ? !!spec[others[0]]
    : includers.length
      ? true
      : ops.length
        ? false
        : idSetting;
  for (const k of others) {
    if (!!spec[k] !== inclusion) {
      throw new CommandError(
        31254,
        `Cannot do ${inclusion ? 'exclusion' : 'inclusion'} on field ${k} in ${inclusion ? 'inclusion' : 'exclusion'} projection`,
      );
    }
  }
  if (!inclusion && ops.some((op) => op.kind === 'positional')) {
    throw new CommandError(31395, 'positional projection cannot be used with exclusion', 'Location31395');
  }
  let base: (doc: Document) => Document;
  if (inclusion) {
    const paths = [...others, ...ops.map((op) => op.path)];
    const tree = buildTree(idSetting ? ['_id', ...paths] : paths);
    base = (doc) => include(doc, tree) as Document;
  } else {
    const tree = buildTree(idSetting ? others : ['_id', ...others]);
    base = (doc) => exclude(doc, tree) as Document;
  }
  return ops.length ? (doc, filter) => applyProjectionOps(base(doc), doc, ops, filter) : base;
}
