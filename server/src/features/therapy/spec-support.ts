import { inflateSync } from 'node:zlib';
import { Types, type Connection } from 'mongoose';
import { addCalendarDays, type TherapyPlanContentInput } from '@keha/shared';
import { helsinkiToday } from '../case/dates.js';
import { newChild } from '../case/spec-support.js';
import { childModel } from '../children/model.js';
import { familyModel, personModel } from '../family/model.js';
import { teamModel } from '../teams/model.js';

let families = 0;

export interface TherapyFamily {
  familyId: string;
  name: string;
  /** The teenager (12+) first, then the younger child. */
  childIds: [string, string];
  persons: {
    mother: string;
    father: string;
    teen: string;
    young: string;
    grandmother: string;
    teacher: string;
  };
}

/**
 * A family of its own for a therapy spec, in team 1: mother, father, a teenager and a younger child
 * (both child records), a grandmother with no recorded birth date and a teacher from the network.
 */
export async function newTherapyFamily(connection: Connection): Promise<TherapyFamily> {
  families++;
  const name = `Häkkinen ${families} (perhe)`;
  const team = await teamModel(connection).findOne({ code: 'team-1' }).lean();
  const family = await familyModel(connection).create({ name, teamId: team!._id, households: [] });
  const teen = await newChild(connection, { born: '2011-06-15', firstName: 'Teini' });
  const young = await newChild(connection, { born: '2018-09-01', firstName: 'Pieni' });
  await childModel(connection).updateMany(
    { _id: { $in: [teen, young].map((id) => new Types.ObjectId(id)) } },
    { $set: { familyId: family._id } },
  );
  const person = async (firstName: string, extra: object = {}) =>
    String(
      (
        await personModel(connection).create({
          familyId: family._id,
          firstName,
          lastName: 'Häkkinen',
          sex: 'unknown',
          kind: 'family',
          contact: {},
          ...extra,
        })
      )._id,
    );
  return {
    familyId: String(family._id),
    name,
    childIds: [teen, young],
    persons: {
      mother: await person('Katja', { dateOfBirth: '1984-02-10', sex: 'female' }),
      father: await person('Jari', { dateOfBirth: '1982-11-03', sex: 'male' }),
      teen: await person('Teini', { dateOfBirth: '2011-06-15', childId: new Types.ObjectId(teen) }),
      young: await person('Pieni', { dateOfBirth: '2018-09-01', childId: new Types.ObjectId(young) }),
      grandmother: await person('Mummo'),
      teacher: await person('Opettaja', { kind: 'network', dateOfBirth: '1975-01-01' }),
    },
  };
}

/** A complete plan (ready to become active) that started `daysAgo` days ago. */
export function planContent(family: TherapyFamily, daysAgo = 120): TherapyPlanContentInput {
  const start = addCalendarDays(helsinkiToday(), -daysAgo);
  return {
    childIds: [...family.childIds],
    startDate: start,
    referralQuestion: {
      familyWords: 'Kotona riidellään joka ilta.',
      professionalWords: 'Perheen vuorovaikutus kuormittaa lapsia.',
    },
    agreedFocus: { familyWords: 'Puhutaan ilman huutamista.', professionalWords: 'Kehämäiset riidat.' },
    participants: [
      { name: 'Katja Häkkinen', role: 'äiti', personId: family.persons.mother },
      { name: 'Jari Häkkinen', role: 'isä', personId: family.persons.father },
    ],
    goals: [{ text: 'Riidat eivät kärjisty huutamiseksi.', reviewDate: addCalendarDays(start, 90) }],
    strengths: 'Vanhemmat haluavat muutosta.',
    plannedSessions: { count: 12, frequency: 'every_two_weeks', settings: ['office', 'home'] },
    methods: ['genogram_work', 'circular_questions'],
    estimatedDurationMonths: 12,
    childViews: [{ childId: family.childIds[0], words: 'Haluan että kotona on rauhallista.' }],
  };
}

/** SCORE-15 answers 1-5 in item order (see the scoring spec: scored total 2.2). */
export const MIXED_ANSWERS = [2, 4, 3, 5, 4, 2, 3, 4, 5, 1, 4, 3, 2, 4, 3];

export function measurement(personId: string, date: string, answers: (number | null)[] = MIXED_ANSWERS) {
  return {
    respondentPersonId: personId,
    date,
    point: 'baseline',
    itemVersion: 'score15-items-v1',
    language: 'fi',
    answers,
    ratings: { problemSeverity: 8, familyCoping: 4, therapyHope: 6 },
    openAnswers: { mainProblem: 'Riidat' },
  };
}

/**
 * The text drawn in a PDF: every Flate stream inflated, the hex strings of each TJ operator joined
 * (pdfkit writes the standard fonts' WinAnsi codes, which match Latin-1 for ä, ö and å).
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (let at = raw.indexOf('stream\n'), end = 0; at !== -1; at = raw.indexOf('stream\n', end + 9)) {
    end = raw.indexOf('endstream', at);
    if (end === -1) break;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(at + 7, end)).toString('latin1');
    } catch {
      content = raw.slice(at + 7, end); // an uncompressed stream
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g))
      lines.push(
        [...tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)]
          .map((h) => Buffer.from(h[1]!, 'hex').toString('latin1'))
          .join(''),
      );
  }
  return lines.join('\n');
}
