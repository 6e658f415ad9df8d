import { childPath, emotionalPaths, partnershipPath, statusMarks } from './genogram-lines';

describe('genogram lines', () => {
  const a = { x: 0, y: 0 };
  const b = { x: 200, y: 0 };

  it('draws the couple line down from both partners, left to right', () => {
    expect(partnershipPath(b, { x: 0, y: 20 }, 60)).toBe('M0 20 V60 H200 V0');
    expect(childPath({ x: 100, y: 60 }, 80, { x: 40, y: 100 })).toBe('M100 60 V80 H40 V100');
  });

  it('marks separation with one slash and divorce with two', () => {
    expect(statusMarks(100, 60, 'married')).toEqual([]);
    expect(statusMarks(100, 60, 'separated').length).toBe(1);
    expect(statusMarks(100, 60, 'divorced').length).toBe(2);
  });

  it('draws one stroke per McGoldrick convention, clear of the symbols', () => {
    expect(emotionalPaths(a, b, 'normal')).toEqual([]);
    expect(emotionalPaths(a, b, 'distant')).toEqual(['M24 0 L176 0']);
    expect(emotionalPaths(a, b, 'close').length).toBe(2);
    expect(emotionalPaths(a, b, 'very_close').length).toBe(3);
    const [zigzag] = emotionalPaths(a, b, 'conflicted');
    expect(zigzag.split('L').length).toBeGreaterThan(10);
    expect(emotionalPaths(a, b, 'hostile')[0]).not.toBe(zigzag);
    const cut = emotionalPaths(a, b, 'cut_off');
    expect(cut.slice(0, 2)).toEqual(['M24 0 L92 0', 'M108 0 L176 0']);
  });

  it('moves a line sideways when asked', () => {
    expect(emotionalPaths({ x: 0, y: 0 }, { x: 0, y: 200 }, 'distant', 12)).toEqual(['M-12 24 L-12 176']);
  });

  it('leaves out a line too short to see between touching symbols', () => {
    expect(emotionalPaths(a, { x: 40, y: 0 }, 'close')).toEqual([]);
  });
});
