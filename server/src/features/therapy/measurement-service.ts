import { Types, type Connection } from 'mongoose';
import {
  checkScore15Respondent,
  CURRENT_SCORE15_SCORING_VERSION,
  scoreScore15,
  type ApiFieldIssue,
  type Score15Measurement,
  type Score15Series,
  type score15MeasurementInputSchema,
} from '@keha/shared';
import type { z } from 'zod';
import type { Caller } from '../../platform/access/caller.js';
import { ConflictError } from '../../platform/errors.js';
import { helsinkiToday } from '../case/dates.js';
import { personModel } from '../family/model.js';
import { toMeasurement } from './mapping.js';
import { throwIfAny } from './plan-checks.js';
import type { StoredTherapyPlan } from './plan.model.js';
import { score15MeasurementModel, type StoredMeasurement } from './session.model.js';
import type { TherapyAccess } from './therapy-access.js';

type MeasurementInput = z.infer<typeof score15MeasurementInputSchema>;

const VIEW = 'therapy.measurements';

/** SCORE-15 administrations of a plan: raw answers kept, scores computed once with a named version. */
export class Score15Service {
  constructor(
    private readonly connection: Connection,
    private readonly access: TherapyAccess,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** By date, then respondent. */
  async list(caller: Caller, planId: string): Promise<{ items: Score15Measurement[] }> {
    const { plan } = await this.access.plan(caller, planId, 'read', VIEW);
    return { items: (await this.measurements(plan)).map(toMeasurement) };
  }

  /** One line per respondent (never a family average), oldest point first. */
  async series(caller: Caller, planId: string, personId?: string): Promise<Score15Series> {
    const { plan } = await this.access.plan(caller, planId, 'read', VIEW);
    return this.seriesOf(plan, personId);
  }

  /** The series of a plan the caller has already been let into (also used by the PDF export). */
  async seriesOf(plan: StoredTherapyPlan, personId?: string): Promise<Score15Series> {
    const byPerson = new Map<string, Score15Series['respondents'][number]>();
    for (const m of await this.measurements(plan)) {
      const key = String(m.respondentPersonId);
      if (personId && key !== personId) continue;
      const line = byPerson.get(key) ?? { personId: key, name: m.respondentName, points: [] };
      line.points.push({
        measurementId: String(m._id),
        date: m.date,
        point: m.point,
        total: m.scores.total,
        strengths: m.scores.strengths,
        overwhelmed: m.scores.overwhelmed,
        communication: m.scores.communication,
        ...m.ratings,
      });
      byPerson.set(key, line);
    }
    return { planId: String(plan.planId), respondents: [...byPerson.values()] };
  }

  async create(caller: Caller, planId: string, input: MeasurementInput): Promise<Score15Measurement> {
    const { plan } = await this.access.openPlan(caller, planId, 'own', VIEW);
    const person = await personModel(this.connection)
      .findOne({ _id: new Types.ObjectId(input.respondentPersonId), familyId: plan.familyId })
      .lean();
    const issues: ApiFieldIssue[] = [];
    const respondent = 'respondentPersonId';
    if (!person) issues.push({ path: respondent, message: "Not a person of this family's genogram." });
    else if (person.kind !== 'family')
      issues.push({ path: respondent, message: 'SCORE-15 is answered by members of the family.' });
    const check = person ? checkScore15Respondent(person, input.date, input.itemVersion) : null;
    if (check && !check.ok) issues.push({ path: respondent, message: check.message });
    if (input.date > helsinkiToday(this.clock()))
      issues.push({ path: 'date', message: 'The measurement is dated in the future.' });
    if (input.date < plan.content.startDate)
      issues.push({
        path: 'date',
        message: `The plan starts on ${plan.content.startDate}; the measurement is before it.`,
      });
    throwIfAny(issues);
    try {
      const [doc] = await score15MeasurementModel(this.connection).create([
        {
          planId: plan.planId,
          respondentPersonId: person!._id,
          respondentName: `${person!.firstName} ${person!.lastName}`.trim(),
          respondentAge: check?.ok ? check.age : 0,
          date: input.date,
          point: input.point,
          itemVersion: input.itemVersion,
          form: input.form,
          language: input.language,
          answers: input.answers,
          ratings: input.ratings,
          openAnswers: input.openAnswers,
          scores: scoreScore15(input.answers, CURRENT_SCORE15_SCORING_VERSION),
          recordedById: new Types.ObjectId(caller.user.id),
          recordedByName: caller.user.displayName,
        },
      ]);
      return toMeasurement(doc!.toObject());
    } catch (err) {
      if ((err as { code?: number }).code === 11000)
        throw new ConflictError('This family member already has a measurement of this plan on this date.');
      throw err;
    }
  }

  private measurements(plan: StoredTherapyPlan): Promise<StoredMeasurement[]> {
    return score15MeasurementModel(this.connection)
      .find({ planId: plan.planId })
      .sort({ date: 1, respondentName: 1, _id: 1 })
      .lean();
  }
}
