import type { Connection, Types } from 'mongoose';
import {
  checklistTemplateInputSchema,
  DEFAULT_LEGAL_BASIS,
  type CalendarDate,
  type PlacementType,
  type PlacementUnitInput,
} from '@keha/shared';
import { DEFAULT_CHECKLIST } from '../features/placements/checklists/default-template.js';
import { checklistTemplateModel } from '../features/placements/checklists/template.model.js';
import { syncInspectorAssignments } from '../features/placements/inspector-sync.js';
import { placementModel, type StoredPlacement } from '../features/placements/placement.model.js';
import { placementUnitModel, type StoredUnit } from '../features/placements/unit.model.js';
import type { SeededDemoChild } from './demo-children.js';
import { dateDaysAgo, scenarioByKey } from './demo-scenarios.js';

const KOIVULA = 'Perhekoti Koivula';
const MAJAKKA = 'Lastenkoti Majakka';
const VIRTANEN = 'Sijaisperhe Virtanen';
const SATAMA = 'Vastaanottokoti Satama';

const unit = (
  name: string,
  patch: Partial<PlacementUnitInput> & Pick<PlacementUnitInput, 'type' | 'capacity'>,
) => ({
  name,
  provider: { name },
  address: { street: 'Koivukuja 4', postalCode: '04400', city: 'Järvenpää' },
  licence: { kind: 'registration' as const, number: 'VALVIRA/2023/123', grantedOn: '2023-05-02' },
  hostCounty: 'Keski-Uudenmaan hyvinvointialue',
  otherPlacingCounties: [],
  contacts: [],
  active: true,
  revision: 1,
  ...patch,
  capacity: { placedByOthers: 0, ...patch.capacity },
});

/** Four synthetic units: a professional family home, a foster family and two institutions. */
export const DEMO_UNITS = [
  unit(KOIVULA, {
    type: 'professional_family_home',
    provider: { name: 'Koivulan perhekoti Oy', businessId: '3120456-7' },
    capacity: { registeredPlaces: 6, carers: 2, placedByOthers: 1 },
    otherPlacingCounties: ['Vantaan ja Keravan hyvinvointialue'],
    contacts: [{ name: 'Leena Koivula', role: 'vastaava perhehoitaja', phone: '+358 40 000 0001' }],
  }),
  unit(VIRTANEN, {
    type: 'foster_family',
    provider: { name: 'Virtasen perhe' },
    address: { street: 'Tammitie 12', postalCode: '04300', city: 'Tuusula' },
    capacity: { registeredPlaces: 3, carers: 2 },
    licence: { kind: 'family_care_agreement', number: 'PHS-2024-17', grantedOn: '2024-02-01' },
  }),
  unit(MAJAKKA, {
    type: 'institution',
    institutionKind: 'childrens_home',
    provider: { name: 'Majakka-kodit Oy', businessId: '2987654-1' },
    address: { street: 'Rantakatu 8', postalCode: '05800', city: 'Hyvinkää' },
    capacity: { registeredPlaces: 14, placedByOthers: 3 },
    licence: { kind: 'permit', number: 'AVI/1234/2022', grantedOn: '2022-08-15' },
    otherPlacingCounties: ['Länsi-Uudenmaan hyvinvointialue'],
    contacts: [{ name: 'Jukka Majava', role: 'johtaja', email: 'johtaja@majakka.example' }],
  }),
  unit(SATAMA, {
    type: 'institution',
    institutionKind: 'receiving_home',
    provider: { name: 'Keski-Uudenmaan hyvinvointialue' },
    address: { street: 'Satamatie 1', postalCode: '04400', city: 'Järvenpää' },
    capacity: { registeredPlaces: 8 },
    licence: { kind: 'registration', number: 'KUHA/VK/1', grantedOn: '2023-01-01' },
  }),
];

/** Where each placement scenario places a child, first unit with room first. */
const SCENARIO_PLACEMENTS: Record<string, { type: PlacementType; event: string; units: string[] }> = {
  'care-order': { type: 'substitute_care', event: 'care_order_decided', units: [KOIVULA, MAJAKKA] },
  'open-care-placement': {
    type: 'open_care_placement',
    event: 'open_care_placement_started',
    units: [VIRTANEN, MAJAKKA],
  },
  'emergency-placement': {
    type: 'emergency_placement',
    event: 'emergency_placement_started',
    units: [SATAMA, MAJAKKA],
  },
};
/** pekka.inspector supervises the family home and the children's home. */
const INSPECTED = new Set([KOIVULA, MAJAKKA]);

export interface DemoPlacements {
  units: Map<string, StoredUnit>;
  placements: (StoredPlacement & { unitName: string })[];
  templateId: Types.ObjectId;
}

/**
 * The placement register, a placement for every demo child whose scenario is a placement (started
 * on the day its scenario's placement event says), checklist v1, and the inspector assignments the
 * placements imply. Capacity stays within each unit's registered places.
 */
export async function seedDemoPlacements(
  connection: Connection,
  children: readonly SeededDemoChild[],
  inspectorId: Types.ObjectId,
  adminName: string,
  today: CalendarDate,
): Promise<DemoPlacements> {
  const created = await placementUnitModel(connection).insertMany(DEMO_UNITS);
  const units = new Map(created.map((u) => [u.name, u.toObject() as StoredUnit]));
  const free = new Map(created.map((u) => [u.name, u.capacity.registeredPlaces - u.capacity.placedByOthers]));
  const rows = children.flatMap((child) => {
    const plan = SCENARIO_PLACEMENTS[child.scenario];
    if (!plan) return [];
    const unitName = child.placement ?? plan.units.find((name) => free.get(name)! > 0)!;
    free.set(unitName, free.get(unitName)! - 1);
    const event = scenarioByKey(child.scenario).events.find((e) => e.type === plan.event)!;
    return [
      {
        childId: child._id,
        unitId: units.get(unitName)!._id,
        type: plan.type,
        legalBasis: DEFAULT_LEGAL_BASIS[plan.type],
        startDate: dateDaysAgo(today, event.daysAgo),
        endDate: null,
        plannedVisitIntervalDays: null,
        responsibleWorkerId: child.workerId,
        inspectorId: INSPECTED.has(unitName) ? inspectorId : null,
        createdById: child.workerId,
        revision: 1,
      },
    ];
  });
  const placements = await placementModel(connection).insertMany(rows);
  await syncInspectorAssignments(
    connection,
    placements.map((p) => p.childId),
    today,
  );
  const [template] = await checklistTemplateModel(connection).insertMany([
    {
      key: 'default',
      version: 1,
      current: true,
      ...checklistTemplateInputSchema.parse(DEFAULT_CHECKLIST),
      createdById: null,
      createdByName: adminName,
    },
  ]);
  const nameOf = new Map([...units.values()].map((u) => [String(u._id), u.name]));
  return {
    units,
    placements: placements.map((p) => ({
      ...(p.toObject() as StoredPlacement),
      unitName: nameOf.get(String(p.unitId))!,
    })),
    templateId: template!._id,
  };
}
