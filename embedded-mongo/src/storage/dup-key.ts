/** Renders a dup-key value the way mongod's E11000 message does: `{ email: "a@b.c" }`. */
import { ObjectId, type Document } from 'bson';
import { isPlainObject } from '../bson/values.js';

function formatValue(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof ObjectId) return `ObjectId('${v.toHexString()}')`;
  if (v instanceof Date) return `new Date(${v.getTime()})`;
  if (Array.isArray(v)) return '[ ' + v.map(formatValue).join(', ') + ' ]';
  if (isPlainObject(v)) return formatDupKey(v);
  return String(v);
}

export function formatDupKey(keyValue: Document): string {
  const parts = Object.keys(keyValue).map((k) => `${k}: ${formatValue(keyValue[k])}`);
  return parts.length ? `{ ${parts.join(', ')} }` : '{}';
}
