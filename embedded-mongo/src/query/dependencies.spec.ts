import { pipelineDependencies } from './dependencies.js';

const deps = (stages: unknown[]) => {
  const d = pipelineDependencies(stages);
  return d && [...d].sort();
};

describe('pipeline dependencies', () => {
  it('finds the fields read up to the stage that replaces the document', () => {
    expect(
      deps([
        { $project: { teamId: 1, open: 1 } },
        { $unwind: '$open' },
        { $group: { _id: '$open.ruleId', n: { $sum: 1 } } },
      ]),
    ).toEqual(['_id', 'open', 'teamId']);
    expect(
      deps([
        { $match: { 'a.b': 1, $or: [{ c: 2 }, { $expr: { $gt: ['$d', '$e.f'] } }] } },
        { $sort: { g: -1 } },
        { $limit: 3 },
        { $group: { _id: null, top: { $top: { output: '$h', sortBy: { i: 1 } } } } },
      ]),
    ).toEqual(['_id', 'a', 'c', 'd', 'e', 'g', 'h', 'i']);
    expect(deps([{ $count: 'n' }])).toEqual(['_id']);
    expect(deps([{ $project: { a: { b: 1 } } }])).toEqual(['_id', 'a']);
    expect(
      deps([
        { $lookup: { from: 'o', localField: 'x.y', foreignField: 'z', as: 'j' } },
        { $facet: { a: [{ $unwind: '$j' }, { $count: 'n' }], b: [{ $group: { _id: '$k' } }] } },
      ]),
    ).toEqual(['_id', 'j', 'k', 'x']);
    expect(deps([{ $set: { m: { $literal: '$notAField' } } }, { $project: { m: 1 } }])).toEqual(['_id', 'm']);
  });

  it('answers "the whole document" whenever the input may reach the output or a read is opaque', () => {
    for (const stages of [
      [],
      [{ $match: { a: 1 } }],
      [{ $project: { a: 0 } }],
      [{ $set: { b: 1 } }],
      [{ $group: { _id: '$$ROOT' } }],
      [{ $group: { _id: null, all: { $push: '$$CURRENT' } } }],
      [{ $project: { v: { $getField: 'a' } } }],
      [{ $redact: '$$PRUNE' }],
      [{ $facet: { a: [{ $match: { x: 1 } }] } }],
      [{ $match: { $where: 'true' } }],
      [{ $group: { _id: '$__proto__' } }],
      [{ $unionWith: 'other' }, { $count: 'n' }],
    ])
      expect(pipelineDependencies(stages)).withContext(JSON.stringify(stages)).toBeUndefined();
  });
});
