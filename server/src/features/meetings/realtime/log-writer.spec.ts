import { LogWriter, type InsertOutcome } from './log-writer.js';

/** An ordered insert into a list that refuses the rows a spec names, like a unique index would. */
function orderedInsert(refuse: Set<string>, stored: string[], calls: string[][]) {
  return (rows: string[]): Promise<InsertOutcome> => {
    calls.push([...rows]);
    for (const [i, row] of rows.entries()) {
      if (refuse.has(row)) {
        refuse.delete(row);
        return Promise.resolve({ inserted: i, error: { code: 11000, writeErrors: [{ index: i }] } });
      }
      stored.push(row);
    }
    return Promise.resolve({ inserted: rows.length });
  };
}

describe('LogWriter: group commit of the update logs', () => {
  it('puts appends made within the window into one insert and answers each', async () => {
    const stored: string[] = [];
    const calls: string[][] = [];
    const writer = new LogWriter(orderedInsert(new Set(), stored, calls), 5);
    const answers = await Promise.all([writer.append(['a1', 'a2']), writer.append(['b1'])]);
    expect(calls).toEqual([['a1', 'a2', 'b1']]);
    expect(answers).toEqual([{ inserted: 2 }, { inserted: 1 }]);
  });

  it('gives a refusal to its own request only; requests after it go into the next insert', async () => {
    const stored: string[] = [];
    const calls: string[][] = [];
    const writer = new LogWriter(orderedInsert(new Set(['b2']), stored, calls), 5);
    const [a, b, c] = await Promise.all([
      writer.append(['a1']),
      writer.append(['b1', 'b2', 'b3']),
      writer.append(['c1']),
    ]);
    expect(a).toEqual({ inserted: 1 });
    expect(b.inserted).toBe(1);
    expect(b.error).toEqual(jasmine.objectContaining({ code: 11000 }));
    expect(c).toEqual({ inserted: 1 });
    expect(calls).toEqual([['a1', 'b1', 'b2', 'b3', 'c1'], ['c1']]);
    expect(stored).toEqual(['a1', 'b1', 'c1']);
  });

  it('tells every request when the whole insert fails', async () => {
    const failure = new Error('connection closed');
    const writer = new LogWriter<string>(() => Promise.reject(failure), 5);
    const answers = await Promise.all([writer.append(['a1']), writer.append(['b1'])]);
    expect(answers).toEqual([
      { inserted: 0, error: failure },
      { inserted: 0, error: failure },
    ]);
  });
});
