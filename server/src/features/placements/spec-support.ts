import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import { addCalendarDays, type PlacementUnitInput, type VisitDraftInput } from '@keha/shared';
import type { ApiClient } from '../../testing/api-client.js';
import { freeIdentityCode } from '../../testing/child-fixtures.js';
import type { TestServer } from '../../testing/test-server.js';
import { helsinkiToday } from '../case/dates.js';
import { childModel } from '../children/model.js';
import { teamModel } from '../teams/model.js';
import { userModel } from '../users/model.js';

let units = 0;
let children = 0;

/** A unit of its own for a spec (a professional family home unless told otherwise). */
export function unitInput(patch: Partial<PlacementUnitInput> = {}): PlacementUnitInput {
  units++;
  return {
    name: `Testiperhekoti ${units}`,
    type: 'professional_family_home',
    provider: { name: 'Testikoti Oy' },
    address: { street: 'Testikatu 1', postalCode: '00100', city: 'Helsinki' },
    capacity: { registeredPlaces: 4, carers: 2 },
    licence: { kind: 'registration', number: `T-${units}`, grantedOn: '2024-01-01' },
    hostCounty: 'Helsingin kaupunki',
    otherPlacingCounties: ['Vantaan ja Keravan hyvinvointialue'],
    ...patch,
  };
}

/**
 * A team-1 child of its own (anna.sw named), born on a day of its own so that the many children these
 * specs make never collide (and without advancing the case specs' own counter).
 */
export async function placeableChild(connection: Connection): Promise<string> {
  children++;
  const born = addCalendarDays('2010-01-01', children * 3);
  const dateOfBirth = new Date(`${born}T00:00:00Z`);
  const [team, worker] = await Promise.all([
    teamModel(connection).findOne({ code: 'team-1' }).lean(),
    userModel(connection).findOne({ username: 'anna.sw' }).lean(),
  ]);
  const child = await childModel(connection).create({
    firstName: `Sijoitettu${children}`,
    lastName: 'Testilapsi',
    dateOfBirth,
    identityCode: await freeIdentityCode(connection, born),
    teamId: team!._id,
    namedSocialWorkerId: worker!._id,
    status: 'placement',
    languages: { preferred: 'fi', interpreterNeeded: false },
    guardianDisclosureRestriction: { active: false },
  });
  return String(child._id);
}

export const mutationId = (): string => randomUUID();

/** What a placement spec sets up: a unit, a new team-1 child placed in it, pekka as its inspector. */
export interface Placed {
  unitId: string;
  childId: string;
  placementId: string;
}

export async function placeNewChild(
  server: TestServer,
  anna: ApiClient,
  ids: { user: (username: string) => string },
  options: { unitId?: string; inspector?: string | null; startDaysAgo?: number } = {},
): Promise<Placed> {
  const unitId = options.unitId ?? (await anna.post('/api/v1/placement-units', unitInput())).body.id;
  const childId = await placeableChild(server.database.connection);
  const start = new Date(Date.now() - (options.startDaysAgo ?? 30) * 86_400_000);
  const res = await anna.post('/api/v1/placements', {
    childId,
    unitId,
    type: 'substitute_care',
    legalBasis: 'LSL 40 §',
    startDate: helsinkiToday(start),
    responsibleWorkerId: ids.user('anna.sw'),
    inspectorId: options.inspector === null ? null : ids.user(options.inspector ?? 'pekka.inspector'),
  });
  if (res.status !== 201) throw new Error(`placement: ${res.status} ${JSON.stringify(res.body)}`);
  return { unitId, childId, placementId: res.body.id };
}

/** Minutes complete enough to submit, for the children of a visit. */
export function completeDraft(childIds: string[], patch: Partial<VisitDraftInput> = {}): VisitDraftInput {
  const today = helsinkiToday();
  return {
    visitDate: today,
    announced: false,
    children: childIds.map((childId) => ({
      childId,
      seen: true,
      metAlone: true,
      account: { method: 'conversation_alone', words: 'Täällä on kivaa.' },
    })),
    answers: [
      ...childIds.map((childId) => ({ itemKey: 'child.knows-reason', childId, value: 'yes' as const })),
      { itemKey: 'unit.premises', value: 4, note: 'Siistiä.' },
    ],
    findings: [
      {
        clientId: `f-${randomUUID()}`,
        observation: 'Omavalvontasuunnitelma puuttuu ilmoitustaululta.',
        evidence: 'Nähty käynnillä.',
        legalReference: 'VL 27 §',
        severity: 'deficiency',
        actions: [{ description: 'Julkaise suunnitelma', owner: 'Perhekoti', deadline: today }],
      },
    ],
    signature: { name: 'Pekka Valvoja', signedAt: new Date().toISOString() },
    ...patch,
  };
}
