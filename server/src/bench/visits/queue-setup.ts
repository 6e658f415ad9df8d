/**
 * The sync benchmark's queue: visits the inspector plans (online, before the field trip) on the
 * placements they supervise, then fills in offline: every checklist item of the visit's version
 * answered, each child seen alone with their own words, photos, one finding citing a photo, signed.
 */
import { randomUUID } from 'node:crypto';
import type { ChecklistItem, PlacementUnitType, VisitDraftInput } from '@keha/shared';
import { helsinkiToday } from '../../features/case/dates.js';
import { getJson, type Session } from '../http-load.js';
import { seededRandom } from '../../testing/seeded-random.js';
import { jpegOfSize } from './jpeg.js';
import { queuedPhoto, type QueuedVisit } from '../../testing/visit-outbox.js';

interface Due {
  placementId: string;
  childId: string;
  unit: { type: PlacementUnitType };
}
interface PlannedVisit {
  id: string;
  template: { id: string };
}

async function postJson<T>(base: string, session: Session, path: string, body: unknown): Promise<T> {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { ...session.headers, 'accept-encoding': 'identity', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201 && res.status !== 200)
    throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

function answers(items: readonly ChecklistItem[], childId: string, unitType: PlacementUnitType) {
  return items
    .filter((item) => !item.unitTypes || item.unitTypes.includes(unitType))
    .map((item) => ({
      itemKey: item.key,
      ...(item.perChild ? { childId } : {}),
      value:
        item.answerType === 'scale'
          ? item.scale!.max
          : item.answerType === 'text'
            ? 'Arki sujuu hyvin.'
            : 'yes',
      note: 'Tarkistettu käynnillä.',
    }));
}

function draftFor(childId: string, photoIds: string[], items: ChecklistItem[], unitType: PlacementUnitType) {
  const today = helsinkiToday();
  const draft: VisitDraftInput = {
    visitDate: today,
    announced: false,
    children: [
      {
        childId,
        seen: true,
        metAlone: true,
        account: { method: 'conversation_alone', words: 'Täällä on ihan hyvä olla, mutta ikävä kotiin.' },
      },
    ],
    answers: answers(items, childId, unitType) as VisitDraftInput['answers'],
    attachmentIds: photoIds,
    findings: [
      {
        clientId: `f-${randomUUID()}`,
        observation: 'Lapsen huoneen ikkunassa ei ole turvalukkoa.',
        evidence: 'Nähty käynnillä, kuva liitteenä.',
        legalReference: 'LSL 61 §',
        severity: 'deficiency',
        attachmentIds: [photoIds[0]!],
        actions: [{ description: 'Asenna turvalukko', owner: 'Yksikön johtaja', deadline: today }],
      },
    ],
    signature: { name: 'Pekka Valvoja', signedAt: new Date().toISOString() },
  };
  return draft;
}

/**
 * Plans `count` visits (one placement each, in turn over the inspector's placements) and fills each
 * offline with `photos` photos of 300-800 kB. Returns the queue as the device holds it.
 */
export async function prepareQueue(
  base: string,
  session: Session,
  options: { count: number; photos: number; seed: number },
): Promise<QueuedVisit[]> {
  const due = (await getJson<{ items: Due[] }>(base, session, '/api/v1/visits/due?inspectorId=me')).items;
  if (!due.length) throw new Error('The inspector supervises no placements.');
  const next = seededRandom(options.seed);
  const templates = new Map<string, ChecklistItem[]>();
  const queue: QueuedVisit[] = [];
  for (let i = 0; i < options.count; i++) {
    const placement = due[i % due.length]!;
    const visit = await postJson<PlannedVisit>(base, session, '/api/v1/visits', {
      placementIds: [placement.placementId],
      plannedDate: helsinkiToday(),
      announced: false,
    });
    let items = templates.get(visit.template.id);
    if (!items) {
      const path = `/api/v1/checklist-templates/${visit.template.id}`;
      items = (await getJson<{ items: ChecklistItem[] }>(base, session, path)).items;
      templates.set(visit.template.id, items);
    }
    const photos = Array.from({ length: options.photos }, (_, p) =>
      queuedPhoto(
        jpegOfSize(300_000 + Math.floor(next() * 500_000), options.seed * 1000 + i * 10 + p),
        `IMG_${String(i * 10 + p).padStart(4, '0')}.jpg`,
      ),
    );
    queue.push({
      visitId: visit.id,
      childId: placement.childId,
      photos,
      draft: draftFor(
        placement.childId,
        photos.map((p) => p.attachmentId),
        items,
        placement.unit.type,
      ),
      draftMutationId: randomUUID(),
      submitMutationId: randomUUID(),
    });
  }
  return queue;
}
