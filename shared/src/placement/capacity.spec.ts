import {
  checkCapacity,
  isPlacementActive,
  peakOccupancy,
  periodExtension,
  type PlacementPeriod,
} from './capacity.js';
import { placementUnitInputSchema, type PlacementUnitInput } from './unit-api.js';

const period = (startDate: string, endDate: string | null = null): PlacementPeriod => ({
  startDate,
  endDate,
});

describe('placement capacity (PHL 7 §, 8 §)', () => {
  it('counts the busiest day of the new period, not every placement that ever overlapped it', () => {
    // Two placements one after the other never live in the unit at the same time.
    const existing = [period('2025-01-01', '2025-03-31'), period('2025-04-01')];
    expect(peakOccupancy(existing, period('2025-02-01'))).toBe(1);
    expect(peakOccupancy([...existing, period('2025-05-01', '2025-05-10')], period('2025-02-01'))).toBe(2);
    // Ended before the new period starts: not counted.
    expect(peakOccupancy([period('2024-01-01', '2024-12-31')], period('2025-01-01'))).toBe(0);
    // A future placement inside a closed period counts from its own start.
    expect(peakOccupancy([period('2025-06-01')], period('2025-01-01', '2025-05-31'))).toBe(0);
    expect(peakOccupancy([period('2025-06-01')], period('2025-01-01', '2025-06-01'))).toBe(1);
  });

  it('refuses over the legal maximum of a family home (4) whatever the registered places', () => {
    const unit = { type: 'foster_family' as const, capacity: { registeredPlaces: 4, placedByOthers: 1 } };
    const three = [period('2025-01-01'), period('2025-01-01'), period('2025-02-01')];
    expect(checkCapacity(unit, three.slice(0, 2), period('2025-03-01')).outcome).toBe('ok');
    const over = checkCapacity(unit, three, period('2025-03-01'));
    expect(over).toEqual({
      outcome: 'over_legal_maximum',
      placedWithNew: 5, // three of ours, one placed by another county, and the new one
      registeredPlaces: 4,
      legalMaximum: 4,
      legalReference: 'PHL 7 §',
    });
  });

  it('warns over the registered places of a professional family home and refuses over 7', () => {
    const unit = { type: 'professional_family_home' as const, capacity: { registeredPlaces: 5 } };
    const placed = (n: number) => Array.from({ length: n }, () => period('2025-01-01'));
    expect(checkCapacity(unit, placed(4), period('2025-02-01')).outcome).toBe('ok');
    expect(checkCapacity(unit, placed(5), period('2025-02-01')).outcome).toBe('over_registered_places');
    expect(checkCapacity(unit, placed(6), period('2025-02-01')).outcome).toBe('over_registered_places');
    expect(checkCapacity(unit, placed(7), period('2025-02-01'))).toEqual(
      jasmine.objectContaining({ outcome: 'over_legal_maximum', legalMaximum: 7, legalReference: 'PHL 8 §' }),
    );
  });

  it('has no legal maximum for institutions: only their permitted places warn', () => {
    const unit = { type: 'institution' as const, capacity: { registeredPlaces: 2 } };
    const check = checkCapacity(unit, [period('2025-01-01'), period('2025-01-01')], period('2025-01-05'));
    expect(check.outcome).toBe('over_registered_places');
    expect(check.legalMaximum).toBeNull();
  });

  it('knows whether a placement is going on on a day (the end day is the last day)', () => {
    expect(isPlacementActive(period('2025-01-01', '2025-01-31'), '2025-01-31')).toBeTrue();
    expect(isPlacementActive(period('2025-01-01', '2025-01-31'), '2025-02-01')).toBeFalse();
    expect(isPlacementActive(period('2025-01-02'), '2025-01-01')).toBeFalse();
  });
});

describe('the placement unit register', () => {
  const unit = (patch: Partial<PlacementUnitInput> = {}): PlacementUnitInput => ({
    name: 'Perhekoti Koivula',
    type: 'professional_family_home',
    provider: { name: 'Koivulan perhekoti Oy', businessId: '1234567-8' },
    address: { street: 'Koivutie 3', postalCode: '04400', city: 'Järvenpää' },
    capacity: { registeredPlaces: 6, carers: 2 },
    licence: { kind: 'permit', number: 'AVI/123/2023', grantedOn: '2023-05-01' },
    hostCounty: 'Keski-Uudenmaan hyvinvointialue',
    ...patch,
  });
  const paths = (input: PlacementUnitInput) =>
    (placementUnitInputSchema.safeParse(input).error?.issues ?? []).map((i) => i.path.join('.'));

  it('accepts a unit within its legal maximum and carers', () => {
    expect(paths(unit())).toEqual([]);
    expect(placementUnitInputSchema.parse(unit()).capacity.placedByOthers).toBe(0);
  });

  it('refuses registered places over the legal maximum and too few carers', () => {
    expect(paths(unit({ capacity: { registeredPlaces: 8, carers: 2 } }))).toEqual([
      'capacity.registeredPlaces',
    ]);
    expect(paths(unit({ capacity: { registeredPlaces: 7, carers: 1 } }))).toEqual(['capacity.carers']);
    expect(paths(unit({ type: 'foster_family', capacity: { registeredPlaces: 5, carers: 2 } }))).toEqual([
      'capacity.registeredPlaces',
    ]);
  });

  it('asks an institution which kind it is, and only an institution', () => {
    const institution = unit({ type: 'institution', capacity: { registeredPlaces: 14 } });
    expect(paths(institution)).toEqual(['institutionKind']);
    expect(paths({ ...institution, institutionKind: 'school_home' })).toEqual([]);
    expect(paths(unit({ institutionKind: 'childrens_home' }))).toEqual(['institutionKind']);
  });

  it('checks only the days a later or open end date adds to a placement', () => {
    expect(periodExtension(period('2025-01-01', '2025-03-31'), '2025-05-31')).toEqual(
      period('2025-04-01', '2025-05-31'),
    );
    expect(periodExtension(period('2025-01-01', '2025-12-31'), null)).toEqual(period('2026-01-01'));
    // Ending earlier, ending an open placement or keeping the date frees days: nothing to check.
    expect(periodExtension(period('2025-01-01', '2025-03-31'), '2025-02-28')).toBeNull();
    expect(periodExtension(period('2025-01-01'), '2025-02-28')).toBeNull();
    expect(periodExtension(period('2025-01-01', '2025-03-31'), '2025-03-31')).toBeNull();
    expect(periodExtension(period('2025-01-01'), null)).toBeNull();
  });
});
