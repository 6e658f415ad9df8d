/**
 * MongoDB's `$jsonSchema` (draft-4 subset plus `bsonType`) for collection validators, evaluated on the
 * stored (typed) document so `bsonType: 'int'` / `'double'` / `'long'` are told apart. Keywords mongod
 * does not support (or this engine does not implement) are refused when the validator is created, never
 * ignored.
 */
import type { Document } from 'bson';
import { compareValues } from '../bson/compare.js';
import { isPlainObject, toPlain } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';
import { bsonTypeName } from '../query/update-checks.js';

export type SchemaCheck = (value: unknown) => boolean;

const ALIASES: Record<string, string[]> = { number: ['int', 'long', 'double', 'decimal'] };
const JSON_TYPES: Record<string, string[]> = {
  object: ['object'],
  array: ['array'],
  number: ['int', 'long', 'double', 'decimal'],
  boolean: ['bool'],
  string: ['string'],
  null: ['null'],
};
const BSON_TYPES = new Set([
  'double',
  'string',
  'object',
  'array',
  'binData',
  'undefined',
  'objectId',
  'bool',
  'date',
  'null',
  'regex',
  'dbPointer',
  'javascript',
  'symbol',
  'javascriptWithScope',
  'int',
  'timestamp',
  'long',
  'decimal',
  'minKey',
  'maxKey',
  'number',
]);
const IGNORED = new Set(['title', 'description']);

function fail(message: string): never {
  throw new CommandError(9, `Failed to parse $jsonSchema: ${message}`, 'FailedToParse');
}

function typeSet(spec: unknown, table: Record<string, string[]> | undefined, keyword: string): Set<string> {
  const names = Array.isArray(spec) ? spec : [spec];
  const out = new Set<string>();
  for (const name of names) {
    if (typeof name !== 'string') fail(`'${keyword}' must be a string or an array of strings`);
    if (table ? !(name in table) : !BSON_TYPES.has(name)) fail(`unknown ${keyword} '${name}'`);
    for (const t of (table ?? ALIASES)[name] ?? [name]) out.add(t);
  }
  return out;
}

function num(v: unknown): number {
  const n = Number(toPlain(v));
  if (Number.isNaN(n)) fail('expected a number');
  return n;
}

const isNumeric = (v: unknown) => ['int', 'long', 'double', 'decimal'].includes(bsonTypeName(v));

/** Compiles one schema object into a predicate; throws FailedToParse for what it cannot honour. */
export function compileSchema(schema: unknown): SchemaCheck {
  if (!isPlainObject(schema)) fail('schema must be an object');
  const checks: SchemaCheck[] = [];
  for (const [keyword, arg] of Object.entries(schema)) {
    switch (keyword) {
      case 'bsonType':
      case 'type': {
        const types = typeSet(arg, keyword === 'type' ? JSON_TYPES : undefined, keyword);
        checks.push((v) => types.has(bsonTypeName(v)));
        break;
      }
      case 'enum': {
        if (!Array.isArray(arg) || !arg.length) fail("'enum' must be a non-empty array");
        const values = arg.map(toPlain);
        checks.push((v) => values.some((e) => compareValues(toPlain(v), e) === 0));
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        if (keyword.startsWith('exclusive')) {
          if (typeof arg !== 'boolean') fail(`'${keyword}' must be a boolean`);
          break; // read together with minimum / maximum
        }
        const bound = num(arg);
        const exclusive = schema[keyword === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum'] === true;
        const sign = keyword === 'minimum' ? 1 : -1;
        checks.push(
          (v) =>
            !isNumeric(v) ||
            (exclusive ? sign * (Number(toPlain(v)) - bound) > 0 : sign * (Number(toPlain(v)) - bound) >= 0),
        );
        break;
      }
      case 'minLength':
      case 'maxLength': {
        const n = num(arg);
        checks.push(
          (v) => typeof v !== 'string' || (keyword === 'minLength' ? [...v].length >= n : [...v].length <= n),
        );
        break;
      }
      case 'pattern': {
        if (typeof arg !== 'string') fail("'pattern' must be a string");
        const re = new RegExp(arg, 'u');
        checks.push((v) => typeof v !== 'string' || re.test(v));
        break;
      }
      case 'multipleOf': {
        const n = num(arg);
        if (n <= 0) fail("'multipleOf' must be positive");
        checks.push((v) => !isNumeric(v) || Number(toPlain(v)) % n === 0);
        break;
      }
      case 'required': {
        if (!Array.isArray(arg) || !arg.length || !arg.every((k) => typeof k === 'string'))
          fail("$jsonSchema keyword 'required' must be a non-empty array of strings");
        checks.push((v) => !isPlainObject(v) || arg.every((k: string) => v[k] !== undefined));
        break;
      }
      case 'properties':
      case 'patternProperties':
      case 'additionalProperties':
        break; // compiled together below
      case 'minProperties':
      case 'maxProperties': {
        const n = num(arg);
        checks.push(
          (v) =>
            !isPlainObject(v) ||
            (keyword === 'minProperties' ? Object.keys(v).length >= n : Object.keys(v).length <= n),
        );
        break;
      }
      case 'items':
        checks.push(itemsCheck(arg, schema.additionalItems));
        break;
      case 'additionalItems':
        break; // read with items
      case 'minItems':
      case 'maxItems': {
        const n = num(arg);
        checks.push((v) => !Array.isArray(v) || (keyword === 'minItems' ? v.length >= n : v.length <= n));
        break;
      }
      case 'uniqueItems':
        if (arg === true)
          checks.push(
            (v) =>
              !Array.isArray(v) ||
              v.every((e, i) => v.findIndex((o) => compareValues(toPlain(o), toPlain(e)) === 0) === i),
          );
        break;
      case 'allOf':
      case 'anyOf':
      case 'oneOf': {
        if (!Array.isArray(arg) || !arg.length) fail(`'${keyword}' must be a non-empty array`);
        const subs = arg.map(compileSchema);
        if (keyword === 'allOf') checks.push((v) => subs.every((s) => s(v)));
        else if (keyword === 'anyOf') checks.push((v) => subs.some((s) => s(v)));
        else checks.push((v) => subs.filter((s) => s(v)).length === 1);
        break;
      }
      case 'not': {
        const sub = compileSchema(arg);
        checks.push((v) => !sub(v));
        break;
      }
      default:
        if (!IGNORED.has(keyword)) fail(`unsupported keyword: ${keyword}`);
    }
  }
  if ('properties' in schema || 'patternProperties' in schema || 'additionalProperties' in schema)
    checks.push(propertiesCheck(schema));
  return (v) => checks.every((c) => c(v));
}

function itemsCheck(items: unknown, additional: unknown): SchemaCheck {
  if (Array.isArray(items)) {
    const subs = items.map(compileSchema);
    const extra =
      additional === false ? () => false : isPlainObject(additional) ? compileSchema(additional) : () => true;
    return (v) => !Array.isArray(v) || v.every((e, i) => (i < subs.length ? subs[i](e) : extra(e)));
  }
  const sub = compileSchema(items);
  return (v) => !Array.isArray(v) || v.every(sub);
}

function propertiesCheck(schema: Document): SchemaCheck {
  const props = Object.entries((schema.properties ?? {}) as Document).map(
    ([k, s]) => [k, compileSchema(s)] as const,
  );
  const patterns = Object.entries((schema.patternProperties ?? {}) as Document).map(
    ([p, s]) => [new RegExp(p, 'u'), compileSchema(s)] as const,
  );
  const additional = schema.additionalProperties;
  const extra: SchemaCheck | undefined =
    additional === false ? () => false : isPlainObject(additional) ? compileSchema(additional) : undefined;
  const named = new Set(props.map(([k]) => k));
  return (v) => {
    if (!isPlainObject(v)) return true;
    for (const [k, check] of props) if (v[k] !== undefined && !check(v[k])) return false;
    for (const key of Object.keys(v)) {
      const matching = patterns.filter(([re]) => re.test(key));
      if (!matching.every(([, check]) => check(v[key]))) return false;
      if (extra && !named.has(key) && !matching.length && !extra(v[key])) return false;
    }
    return true;
  };
}
