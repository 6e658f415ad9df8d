/** Runs aggregation pipelines with mingo over plain document views. */
import type { Document } from 'bson';
import { Aggregator, Query } from 'mingo';
import { ProcessingMode } from 'mingo/core';
import { cloneDoc, isPlainObject } from '../bson/values.js';
import { rewriteFilter } from './filter-rewrite.js';
import { binaryQuery, needsBinaryOperators } from './binary-filter.js';
import { CommandError } from '../commands/errors.js';

export type CollectionResolver = (name: string) => Document[];

export function runPipeline(
  input: Document[],
  pipeline: Document[],
  resolver: CollectionResolver,
  vars?: Document,
  /** The input documents are the caller's own copies: mingo need not clone them again. */
  ownInput = false,
): Document[] {
  if (pipeline.length === 0) return ownInput ? input : input.map(cloneDoc);
  refuseNestedBinaryComparisons(pipeline);
  // A $match comparing BinData (mingo cannot order Binary) is run by the engine between mingo segments.
  const binaryMatch = pipeline.findIndex(
    (s) => isPlainObject(s) && isPlainObject(s.$match) && needsBinaryOperators(s.$match),
  );
  if (binaryMatch >= 0) {
    const before = runPipeline(input, pipeline.slice(0, binaryMatch), resolver, vars, ownInput);
    const test = binaryQuery(rewriteFilter(pipeline[binaryMatch].$match as Document));
    return runPipeline(before.filter(test), pipeline.slice(binaryMatch + 1), resolver, vars, true);
  }
  try {
    // $match stages get the same filter rewrites as find (see filter-rewrite.ts).
    const stages = pipeline.map((s) =>
      isPlainObject(s) && isPlainObject(s.$match) ? { $match: rewriteFilter(s.$match) } : s,
    );
    const aggregator = new Aggregator(stages, {
      collectionResolver: resolver,
      processingMode: ownInput ? ProcessingMode.CLONE_OFF : ProcessingMode.CLONE_INPUT,
      scriptEnabled: false,
      variables: vars,
    });
    return aggregator.run(input) as Document[];
  } catch (err) {
    if (err instanceof CommandError) throw err;
    throw new CommandError(2, `aggregation failed: ${(err as Error).message}`, 'BadValue');
  }
}

/**
 * A BinData range or $bits* test is answered by the engine only in a top-level $match; inside $lookup,
 * $facet or $unionWith sub-pipelines mingo would evaluate it and silently match nothing, so refuse it.
 */
function refuseNestedBinaryComparisons(pipeline: Document[]): void {
  for (const stage of pipeline) {
    if (!isPlainObject(stage) || isPlainObject(stage.$match)) continue;
    if (needsBinaryOperators(stage)) {
      throw new CommandError(
        115,
        'BinData comparisons ($gt/$gte/$lt/$lte on BinData, $bits*) inside sub-pipelines are not supported by the embedded engine',
        'CommandNotSupported',
      );
    }
  }
}

/**
 * A pipeline made only of `$match` stages, compiled once into one test (for change streams, which
 * run their pipeline on every event: building a mingo Aggregator per event cost more than the rest
 * of the event). Gets the same rewrites and BinData handling as runPipeline.
 */
export function compileMatchStages(stages: Document[]): (doc: Document) => boolean {
  const tests = stages.map((stage) => {
    const filter = stage.$match as Document;
    if (needsBinaryOperators(filter)) return binaryQuery(rewriteFilter(filter));
    try {
      const query = new Query(rewriteFilter(filter), { scriptEnabled: false });
      return (doc: Document) => query.test(doc);
    } catch (err) {
      throw new CommandError(2, `aggregation failed: ${(err as Error).message}`, 'BadValue');
    }
  });
  return (doc) => tests.every((test) => test(doc));
}
