/**
 * Decoding of received and journalled BSON documents with bson's UTF-8 check made cheap.
 *
 * bson validates every decoded string by scanning it in JavaScript for U+FFFD (the replacement
 * character Node's decoder puts where bytes are not UTF-8) and only then looks at the bytes: for 1 KB
 * documents that scan was about a tenth of the engine's insert path. Here documents are decoded without
 * the check, and the decoded strings are searched with `String.prototype.includes` instead (native, and
 * immediate on one-byte strings, which cannot hold U+FFFD). Only when some string contains U+FFFD, or
 * the document holds a value whose strings are not plain fields (Code, Symbol, DBRef), is it decoded
 * again with bson's own check, which then throws exactly what it always did, or returns the same
 * document (a U+FFFD that really was in the data). So results and errors are unchanged.
 */
import { deserialize, type Document } from 'bson';

/**
 * Decoding keeps wrapper types instead of promoting them to JS values: Int32, Double, Long and Binary
 * stay as they were, so numeric types survive exactly. The wire (wire/codec.ts) and the journal and
 * snapshots (persistence/op-codec.ts) both decode here, so the engine gets back the representation it
 * started from and can run the same normalisation on replay. A plain JS number comes back as Int32 or
 * Double (as from a real mongod); regexes come back as JS RegExp, like from the wire.
 */
const CHECKED = { promoteValues: false, promoteBuffers: false } as const;
const UNCHECKED = { ...CHECKED, validation: { utf8: false } } as const;

/** Types whose strings bson validates but which are not plain string fields to search. */
const RECHECK_TYPES = new Set(['Code', 'BSONSymbol', 'DBRef']);

export function decodeDocument(bytes: Uint8Array): Document {
  const doc = deserialize(bytes, UNCHECKED);
  return mayHoldInvalidUtf8(doc) ? deserialize(bytes, CHECKED) : doc;
}

/** Whether a decoded value has a string with U+FFFD or a value type whose strings are not searched. */
function mayHoldInvalidUtf8(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\uFFFD');
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (mayHoldInvalidUtf8(value[i])) return true;
    return false;
  }
  const bsonType = (value as { _bsontype?: unknown })._bsontype;
  if (typeof bsonType === 'string') return RECHECK_TYPES.has(bsonType);
  const obj = value as Record<string, unknown>;
  for (const key in obj) if (mayHoldInvalidUtf8(obj[key])) return true;
  return false;
}
