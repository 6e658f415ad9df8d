import { caseloadCapOn, caseloadCapRuleOn, thlSnapshotDates } from './caseload.js';

describe('caseload cap (LSL 13 b §)', () => {
  it('is 35 in 2022-2023 and 30 from 1.1.2024', () => {
    expect(caseloadCapOn('2022-01-01')).toBe(35);
    expect(caseloadCapOn('2023-12-31')).toBe(35);
    expect(caseloadCapOn('2024-01-01')).toBe(30);
    expect(caseloadCapOn('2030-06-01')).toBe(30);
  });

  it('did not exist before 2022', () => {
    expect(caseloadCapOn('2021-12-31')).toBeNull();
  });

  it('names its version and legal reference', () => {
    expect(caseloadCapRuleOn('2024-01-01')).toEqual(
      jasmine.objectContaining({ version: 2, legalReference: 'LSL 13 b §' }),
    );
  });
});

describe('THL caseload snapshot dates', () => {
  it('are the second Tuesday of April and of October', () => {
    expect(thlSnapshotDates(2025)).toEqual(['2025-04-08', '2025-10-14']);
    expect(thlSnapshotDates(2024)).toEqual(['2024-04-09', '2024-10-08']);
    expect(thlSnapshotDates(2026)).toEqual(['2026-04-14', '2026-10-13']);
    expect(thlSnapshotDates(2022)).toEqual(['2022-04-12', '2022-10-11']);
  });
});
