import { SortedList } from './sorted-list.js';

describe('SortedList', () => {
  it('keeps random inserts ordered across chunk splits and supports removal', () => {
    const list = new SortedList<number>((a, b) => a - b);
    const values = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 5000);
    for (const v of values) list.insert(v);
    expect([...list.forward()]).toEqual([...values].sort((a, b) => a - b));
    for (let v = 0; v < 5000; v += 2) expect(list.remove(v)).toBeTrue();
    expect(list.remove(2)).toBeFalse();
    expect(list.size).toBe(2500);
    expect([...list.forward()].slice(0, 3)).toEqual([1, 3, 5]);
    expect([...list.backward()].slice(0, 2)).toEqual([4999, 4997]);
  });

  it('finds lower bounds and iterates from them in both directions', () => {
    const list = new SortedList<number>((a, b) => a - b);
    for (let i = 0; i < 3000; i += 3) list.insert(i);
    const at = list.lowerBound(1000);
    expect([...list.forward(at)].slice(0, 2)).toEqual([1002, 1005]);
    expect([...list.backward(at)].slice(0, 2)).toEqual([999, 996]);
    expect([...list.forward(list.lowerBound(99999))]).toEqual([]);
  });
});
