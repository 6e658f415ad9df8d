/** Builds `{cursor: {firstBatch, id, ns}}` replies and registers the rest as a server cursor. */
import { Long, type Document } from 'bson';
import type { CommandContext } from './context.js';
import { CursorStore, DEFAULT_FIRST_BATCH } from './cursors.js';

export function cursorReply(
  ctx: CommandContext,
  ns: string,
  next: () => Document | undefined,
  batchSize: number | undefined,
  singleBatch: boolean,
): Document {
  const limit =
    batchSize === undefined ? DEFAULT_FIRST_BATCH : batchSize === 0 ? DEFAULT_FIRST_BATCH : batchSize;
  const peeked: { doc?: Document } = {};
  const [firstBatch, exhausted] = batchSize === 0 ? [[], false] : CursorStore.take(next, limit, peeked);
  let id = Long.fromNumber(0);
  if (!exhausted && !singleBatch) {
    // Peek so a cursor that is exactly used up is not left open.
    const ahead = peeked.doc ?? next();
    if (ahead !== undefined) {
      let pending: Document | undefined = ahead;
      const resume = () => {
        if (pending !== undefined) {
          const d = pending;
          pending = undefined;
          return d;
        }
        return next();
      };
      id = ctx.engine.cursors.register({ ns, next: resume, sessionKey: ctx.session?.key }).id;
    }
  }
  return { cursor: { firstBatch, id, ns }, ok: 1 };
}

/** Iterator over an array, for cursors over materialised results. */
export function arrayIterator<T>(items: T[], map: (item: T) => Document): () => Document | undefined {
  let i = 0;
  return () => (i < items.length ? map(items[i++]) : undefined);
}
