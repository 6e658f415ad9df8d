import { Types, type Connection } from 'mongoose';
import {
  addCalendarDays,
  visitDraftSchema,
  type CalendarDate,
  type SessionUser,
  type VisitDraftInput,
} from '@keha/shared';
import { toTemplate } from '../features/placements/checklists/template-service.js';
import { checklistTemplateModel } from '../features/placements/checklists/template.model.js';
import { syncInspectorAssignments } from '../features/placements/inspector-sync.js';
import { SubmissionEffects } from '../features/placements/visits/submission.js';
import { visitModel, type StoredVisit } from '../features/placements/visits/visit.model.js';
import { RealtimeBroadcaster } from '../platform/realtime/broadcaster.js';
import type { DemoPlacements } from './demo-placements.js';

type Placement = DemoPlacements['placements'][number];

/**
 * pekka.inspector's visits: submitted minutes (recorded the way a submission records them: findings,
 * timeline, `placed_child_visited`), one child due for a visit this week with an unannounced visit
 * planned, Onni Salo left overdue (his scenario's last visit was 120 days ago), and an open serious
 * finding at the children's home that AVI has not yet been told of.
 */
export async function seedDemoVisits(
  connection: Connection,
  seeded: DemoPlacements,
  inspector: SessionUser,
  onniId: Types.ObjectId,
  today: CalendarDate,
): Promise<void> {
  const template = toTemplate((await checklistTemplateModel(connection).findById(seeded.templateId).lean())!);
  const inspected = seeded.placements.filter((p) => p.inspectorId && !p.childId.equals(onniId));
  const dueSoon = inspected.find(
    (p) => p.type === 'substitute_care' && p.startDate <= addCalendarDays(today, -86),
  );
  const effects = new SubmissionEffects(connection, new RealtimeBroadcaster());
  const caller = { user: inspector, ip: 'seed' };

  const submit = async (placements: Placement[], daysAgo: number, draft: Partial<VisitDraftInput>) => {
    if (!placements.length) return;
    const date = addCalendarDays(today, -daysAgo);
    const unit = seeded.units.get(placements[0]!.unitName)!;
    const visit = newVisit(placements, date, inspector, seeded.templateId, false);
    const full = visitDraftSchema.parse({
      visitDate: date,
      announced: false,
      children: placements.map((p) => ({
        childId: String(p.childId),
        seen: true,
        metAlone: true,
        account: {
          method: 'conversation_alone',
          words: 'Täällä on ihan hyvä olla. Ruoka on hyvää ja omassa huoneessa saa olla rauhassa.',
        },
      })),
      answers: [
        ...placements.map((p) => ({
          itemKey: 'child.knows-reason',
          childId: String(p.childId),
          value: 'yes',
        })),
        ...placements.map((p) => ({ itemKey: 'child.feels-safe', childId: String(p.childId), value: 4 })),
        { itemKey: 'unit.staffing', value: 'yes' },
        { itemKey: 'unit.premises', value: 4, note: 'Siistit ja kodikkaat tilat.' },
      ],
      signature: { name: inspector.displayName, signedAt: new Date(`${date}T13:00:00Z`).toISOString() },
      ...draft,
    });
    const ctx = {
      today,
      childIds: visit.childIds.map(String),
      items: template.items,
      unitType: unit.type,
      attachmentIds: [],
    };
    await connection.transaction(async (session) => {
      const recorded = await effects.record(caller, visit, full, ctx, unit, session);
      await visitModel(connection).create(
        [
          {
            ...visit,
            status: 'submitted',
            revision: 2,
            draft: recorded.draft,
            findings: recorded.findings,
            submittedAt: new Date(`${date}T14:00:00Z`),
            submittedByName: inspector.displayName,
          },
        ],
        { session },
      );
    });
  };

  if (dueSoon) {
    await submit([dueSoon], 86, {});
    const planned = newVisit([dueSoon], addCalendarDays(today, 2), inspector, seeded.templateId, false);
    await visitModel(connection).create({ ...planned, status: 'planned', revision: 1 });
  }
  const koivula = inspected.filter((p) => p.unitName === 'Perhekoti Koivula' && p !== dueSoon);
  await submit(koivula, 60, {
    findings: [
      {
        clientId: 'seed-finding-koivula-1',
        observation: 'Omavalvontasuunnitelmaa ei ole päivitetty viimeisen neljän kuukauden aikana.',
        evidence: 'Suunnitelman viimeisin päiväys 14 kuukautta sitten.',
        legalReference: 'VL 27 §',
        severity: 'deficiency',
        actions: [
          {
            description: 'Päivitä ja julkaise omavalvontasuunnitelma',
            owner: 'Perhekoti Koivula',
            deadline: addCalendarDays(today, 10),
          },
        ],
      },
    ],
    notifications: [
      {
        recipient: 'host_county',
        organisation: 'Keski-Uudenmaan hyvinvointialue',
        sent: true,
        sentOn: addCalendarDays(today, -59),
      },
      {
        recipient: 'avi',
        organisation: 'Etelä-Suomen aluehallintovirasto',
        sent: true,
        sentOn: addCalendarDays(today, -59),
      },
    ],
  });
  const majakka = inspected.find((p) => p.unitName === 'Lastenkoti Majakka' && p !== dueSoon);
  if (majakka)
    await submit([majakka], 10, {
      findings: [
        {
          clientId: 'seed-finding-majakka-1',
          observation: 'Lapsi on ollut eristettynä yhtäjaksoisesti 30 tuntia yhdellä päätöksellä.',
          evidence: 'Rajoituskirjaus viikolta 2; keskustelu lapsen ja vuorovastaavan kanssa.',
          legalReference: 'LSL 70 §',
          severity: 'serious',
          actions: [
            {
              description: 'Selvitys eristämisestä ja korjaavat toimet',
              owner: 'Lastenkoti Majakan johtaja',
              deadline: addCalendarDays(today, 3),
            },
          ],
          followUpDate: addCalendarDays(today, 14),
        },
      ],
      notifications: [
        {
          recipient: 'host_county',
          organisation: 'Keski-Uudenmaan hyvinvointialue',
          sent: true,
          sentOn: addCalendarDays(today, -9),
        },
      ],
    });
  await syncInspectorAssignments(
    connection,
    seeded.placements.map((p) => p.childId),
    today,
  );
}

function newVisit(
  placements: Placement[],
  plannedDate: CalendarDate,
  inspector: SessionUser,
  templateId: Types.ObjectId,
  announced: boolean,
): StoredVisit {
  const now = new Date();
  return {
    _id: new Types.ObjectId(),
    unitId: placements[0]!.unitId,
    placementIds: placements.map((p) => p._id),
    childIds: placements.map((p) => p.childId),
    plannedDate,
    announced,
    inspectorId: new Types.ObjectId(inspector.id),
    inspectorName: inspector.displayName,
    templateId,
    templateKey: 'default',
    templateVersion: 1,
    status: 'planned',
    revision: 1,
    draft: visitDraftSchema.parse({
      announced,
      children: placements.map((p) => ({ childId: String(p.childId) })),
    }),
    attachments: [],
    findings: [],
    submittedAt: null,
    submittedByName: null,
    createdById: new Types.ObjectId(inspector.id),
    createdAt: now,
    updatedAt: now,
  };
}
