/**
 * Find-style projection. Plain inclusion / exclusion is done here (it keeps boxed number types);
 * projections with operators ($slice, $elemMatch, positional `.$`, expressions) are delegated to mingo.
 */
import type { Document } from 'bson';
import { Query } from 'mingo';
import { isPlainObject, toPlain } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';
import { assertSupported } from './unsupported.js';

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
  if (Array.isArray(value)) return value.filter((v) => isPlainObject(v) || Array.isArray(v)).map((v) => include(v, tree));
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
  if (Array.isArray(value)) return value.map((v) => (isPlainObject(v) || Array.isArray(v) ? exclude(v, tree) : v));
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
  if (!isPlainObject(projection)) throw new CommandError(14, 'Expected field projection to be of type object', 'TypeMismatch');
  const spec = toPlain(projection) as Document;
  const keys = Object.keys(spec);
  if (keys.length === 0) return undefined;
  assertSupported(spec);
  const simple = keys.every((k) => !k.includes('$') && (typeof spec[k] === 'number' || typeof spec[k] === 'boolean'));
  if (!simple) {
    return (doc, filter) => {
      try {
        return new Query(filter ?? {}).find([toPlain(doc) as Document], spec).all()[0] as Document;
      } catch (err) {
        throw new CommandError(2, (err as Error).message);
      }
    };
  }
  const idSetting = '_id' in spec ? !!spec._id : true;
  const others = keys.filter((k) => k !== '_id');
  const inclusion = others.length ? !!spec[others[0]] : !idSetting ? false : true;
  for (const k of others) {
    if (!!spec[k] !== inclusion) {
      throw new CommandError(31254, `Cannot do ${inclusion ? 'exclusion' : 'inclusion'} on field ${k} in ${inclusion ? 'inclusion' : 'exclusion'} projection`);
    }
  }
  if (inclusion) {
    const tree = buildTree(idSetting ? ['_id', ...others] : others);
    return (doc) => include(doc, tree) as Document;
  }
  const tree = buildTree(idSetting ? others : ['_id', ...others]);
  return (doc) => exclude(doc, tree) as Document;
}
