import { Types, type Connection } from 'mongoose';
import * as Y from 'yjs';
import {
  addCalendarDays,
  isoWeekday,
  meetingDocName,
  sharedTypeName,
  SAFETY_SCALE_ANCHORS,
  type CalendarDate,
} from '@keha/shared';
import { AgendaService } from '../features/meetings/agenda-service.js';
import { meetingModel } from '../features/meetings/model.js';
import { meetingRecordModel, minutesVersionModel } from '../features/meetings/minutes.model.js';
import { renderMinutesItems } from '../features/meetings/minutes-render.js';
import { docSnapshotModel } from '../features/meetings/realtime/doc-log.model.js';
import { taskModel } from '../features/case/task.model.js';
import type { SeededDemoChild } from './demo-children.js';

type Person = { id: Types.ObjectId; name: string };

function paragraphs(doc: Y.Doc, name: string, lines: string[]): void {
  const fragment = doc.getXmlFragment(name);
  for (const line of lines) {
    const p = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    p.insert(0, [text]);
    fragment.push([p]);
    text.insert(0, line);
  }
}

function entries(doc: Y.Doc, name: string, rows: Record<string, unknown>[]): void {
  doc.getArray<Y.Map<unknown>>(name).push(
    rows.map((row) => {
      const map = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(row)) map.set(k, v);
      return map;
    }),
  );
}

/**
 * Team 1's meetings: last Monday's, finalised (minutes on Aino's timeline, its action points as tasks),
 * and next Monday's with an agenda of two families (Aino, and Linnea of the Lindqvist family).
 */
export async function seedDemoMeetings(
  connection: Connection,
  children: readonly SeededDemoChild[],
  people: { anna: Person; mikko: Person; sari: Person; tiina: Person },
  today: CalendarDate,
): Promise<void> {
  const aino = children.find((c) => c.firstName === 'Aino')!;
  const linnea = children.find((c) => c.firstName === 'Linnea')!;
  const teamId = aino.teamId;
  const nextMonday = addCalendarDays(today, 8 - isoWeekday(today));
  const lastMonday = addCalendarDays(nextMonday, -7);
  const agendas = new AgendaService(connection);
  const family = (id: string, child: SeededDemoChild, presenter: Person, question: string) => ({
    id,
    kind: 'family' as const,
    childIds: [String(child._id)],
    presentingWorkerId: String(presenter.id),
    question,
  });
  const attendees = [
    { userId: people.mikko.id, role: 'chair' as const },
    { userId: people.tiina.id, role: 'coordinator' as const },
    { userId: people.anna.id, role: 'presenter' as const },
    { userId: people.sari.id, role: 'clinician' as const },
  ];
  const create = async (date: CalendarDate, input: Parameters<AgendaService['build']>[2]) => {
    const { agenda, childIds } = await agendas.build(teamId, date, input);
    const [meeting] = await meetingModel(connection).create([
      {
        teamId,
        date,
        startTime: '09:00',
        status: 'draft',
        attendees,
        agenda,
        childIds,
        minutesVersion: 0,
        createdById: people.tiina.id,
      },
    ]);
    return meeting!.toObject();
  };

  const question = 'Miten tuemme äitiä niin, että Ainon arki pysyy turvallisena?';
  const past = await create(lastMonday, [
    { id: 'urgent', kind: 'urgent_round' },
    family('aino', aino, people.anna, question),
  ]);
  const doc = new Y.Doc();
  paragraphs(doc, sharedTypeName('child_view', 'aino'), [
    'Aino kertoi (tavattu yksin koulussa), että illat ovat rauhallisempia kuin syksyllä.',
  ]);
  paragraphs(doc, sharedTypeName('worries', 'aino'), ['Äidin jaksaminen, kun isä on työmatkoilla.']);
  paragraphs(doc, sharedTypeName('working_well', 'aino'), ['Mummo hakee Ainon koulusta kahdesti viikossa.']);
  paragraphs(doc, sharedTypeName('decisions', 'aino'), [
    'Kutsutaan verkostokokous, johon myös mummo osallistuu.',
  ]);
  entries(doc, sharedTypeName('hypotheses', 'aino'), [
    {
      id: 'h-aino-1',
      authorId: String(people.sari.id),
      authorName: people.sari.name,
      text: 'Äidin väsymys ja Ainon huoli äidistä ruokkivat toisiaan.',
      status: 'supported',
    },
    {
      id: 'h-aino-2',
      authorId: String(people.anna.id),
      authorName: people.anna.name,
      text: 'Koulun poissaolot liittyvät kaverisuhteisiin.',
      status: 'open' as const,
    },
  ]);
  const anchors = SAFETY_SCALE_ANCHORS.fi;
  entries(doc, sharedTypeName('safety_scales', 'aino'), [
    {
      id: 's1',
      participantId: String(people.anna.id),
      participantName: people.anna.name,
      score: 6,
      anchorZero: anchors.zero,
      anchorTen: anchors.ten,
    },
    {
      id: 's2',
      participantId: String(people.sari.id),
      participantName: people.sari.name,
      score: 7,
      anchorZero: anchors.zero,
      anchorTen: anchors.ten,
    },
  ]);
  entries(doc, sharedTypeName('action_points', 'aino'), [
    {
      id: 'a1',
      childId: String(aino._id),
      text: 'Kutsu verkostokokous koolle',
      ownerId: String(people.anna.id),
      dueDate: addCalendarDays(today, 14),
    },
  ]);
  const state = Y.encodeStateAsUpdate(doc);
  const docName = meetingDocName(String(past._id));
  await docSnapshotModel(connection).create([
    { docName, upToSeq: 0, state: Buffer.from(state), frozen: true, at: new Date() },
  ]);
  const items = renderMinutesItems(state, await agendas.toApi(past.agenda));
  const tasks = await taskModel(connection).insertMany(
    items
      .flatMap((i) => i.actionPoints)
      .map((a) => ({
        childId: new Types.ObjectId(a.childId),
        title: a.text,
        ownerId: new Types.ObjectId(a.ownerId),
        dueDate: a.dueDate,
        status: 'open',
        meetingId: String(past._id),
        date: lastMonday,
        createdById: people.tiina.id,
        createdByName: people.tiina.name,
      })),
  );
  items.flatMap((i) => i.actionPoints).forEach((a, i) => (a.taskId = String(tasks[i]!._id)));
  const finalisedAt = new Date(`${lastMonday}T10:30:00Z`);
  const minutes = {
    meetingId: String(past._id),
    version: 1,
    reason: 'finalised' as const,
    createdAt: finalisedAt.toISOString(),
    createdByName: people.tiina.name,
    date: lastMonday,
    teamName: 'Systeeminen tiimi 1',
    attendees: attendees.map((a) => ({
      name: Object.values(people).find((p) => p.id.equals(a.userId))!.name,
      role: a.role,
    })),
    items,
    addenda: [],
  };
  await minutesVersionModel(connection).create([{ meetingId: past._id, version: 1, minutes }]);
  await meetingRecordModel(connection).create([
    {
      childId: aino._id,
      meetingId: past._id,
      version: 1,
      code: 'minutes',
      date: lastMonday,
      text: `${question}\nKutsutaan verkostokokous, johon myös mummo osallistuu.\n- Kutsu verkostokokous koolle`,
      authorName: people.tiina.name,
    },
  ]);
  await meetingModel(connection).updateOne(
    { _id: past._id },
    {
      $set: {
        status: 'finalised',
        minutesVersion: 1,
        finalisedAt,
        finalisedById: people.tiina.id,
        finalisedByName: people.tiina.name,
      },
    },
  );

  await create(nextMonday, [
    { id: 'urgent', kind: 'urgent_round' },
    family('aino', aino, people.anna, 'Onko verkostokokous sovittu, ja mitä Aino toivoo siltä?'),
    family('linnea', linnea, people.mikko, 'Perheterapian tavoitteet: miten Linnean oma ääni kuuluu?'),
    { id: 'deadlines', kind: 'deadline_review' },
    { id: 'allocation', kind: 'allocation' },
  ]);
}
