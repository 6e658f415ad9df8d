import { Schema, Types, type Connection, type Model } from 'mongoose';
import { MEASUREMENT_POINTS, SCORE15_ITEM_VERSIONS, THERAPY_METHODS, LANGUAGES } from '@keha/shared';
import type {
  MeasurementPoint,
  Score15ItemVersion,
  Score15Scores,
  TherapyMethod,
  Language,
} from '@keha/shared';

const calendarDate = { type: String, match: /^\d{4}-\d{2}-\d{2}$/ } as const;

export interface StoredPerson {
  name: string;
  role?: string;
  personId?: Types.ObjectId;
}

const personRefSchema = new Schema<StoredPerson>(
  {
    name: { type: String, required: true, maxlength: 200 },
    role: { type: String, maxlength: 200 },
    personId: { type: Schema.Types.ObjectId, ref: 'Person' },
  },
  { _id: false, strict: 'throw' },
);

/** A session logged against a therapy plan (part of the case history: not edited or deleted). */
export interface TherapySessionDocument {
  planId: Types.ObjectId;
  date: string;
  attendees: StoredPerson[];
  methods: TherapyMethod[];
  summary: string;
  /** Agreed next steps; `taskId` when the step was also recorded as a task on a child. */
  nextSteps: { text: string; taskId?: Types.ObjectId; childId?: Types.ObjectId }[];
  nextSessionDate?: string;
  authorId: Types.ObjectId;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
}

export type StoredTherapySession = TherapySessionDocument & { _id: Types.ObjectId };

const sessionSchema = new Schema<TherapySessionDocument>(
  {
    planId: { type: Schema.Types.ObjectId, ref: 'TherapyPlan', required: true },
    date: { ...calendarDate, required: true },
    attendees: { type: [personRefSchema], required: true },
    methods: { type: [String], enum: THERAPY_METHODS, default: [] },
    summary: { type: String, required: true, maxlength: 10000 },
    nextSteps: {
      type: [
        new Schema(
          {
            text: { type: String, required: true, maxlength: 500 },
            taskId: { type: Schema.Types.ObjectId, ref: 'Task' },
            childId: { type: Schema.Types.ObjectId, ref: 'Child' },
          },
          { _id: false, strict: 'throw' },
        ),
      ],
      default: [],
    },
    nextSessionDate: calendarDate,
    authorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    authorName: { type: String, required: true },
  },
  { timestamps: true, strict: 'throw' },
);
sessionSchema.index({ planId: 1, date: 1, _id: 1 });

export function therapySessionModel(connection: Connection): Model<TherapySessionDocument> {
  return (
    connection.models['TherapySession'] ??
    connection.model<TherapySessionDocument>('TherapySession', sessionSchema)
  );
}

/** One SCORE-15 administration: the raw answers, and the scores computed with a named scoring version. */
export interface Score15MeasurementDocument {
  planId: Types.ObjectId;
  respondentPersonId: Types.ObjectId;
  /** As the genogram named the person on the day, and their age on the measurement date. */
  respondentName: string;
  respondentAge: number;
  date: string;
  point: MeasurementPoint;
  itemVersion: Score15ItemVersion;
  form: 'adult';
  language: Language;
  answers: (number | null)[];
  ratings: { problemSeverity: number | null; familyCoping: number | null; therapyHope: number | null };
  openAnswers: { familyDescription?: string; mainProblem?: string };
  scores: Score15Scores;
  recordedById: Types.ObjectId;
  recordedByName: string;
  createdAt: Date;
  updatedAt: Date;
}

export type StoredMeasurement = Score15MeasurementDocument & { _id: Types.ObjectId };

const rating = { type: Number, min: 1, max: 10, default: null } as const;

const measurementSchema = new Schema<Score15MeasurementDocument>(
  {
    planId: { type: Schema.Types.ObjectId, ref: 'TherapyPlan', required: true },
    respondentPersonId: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    respondentName: { type: String, required: true },
    respondentAge: { type: Number, required: true, min: 0 },
    date: { ...calendarDate, required: true },
    point: { type: String, enum: MEASUREMENT_POINTS, required: true },
    itemVersion: { type: String, enum: SCORE15_ITEM_VERSIONS, required: true },
    form: { type: String, enum: ['adult'], required: true },
    language: { type: String, enum: LANGUAGES, required: true },
    answers: { type: [{ type: Number, min: 1, max: 5 }], required: true },
    ratings: { problemSeverity: rating, familyCoping: rating, therapyHope: rating },
    openAnswers: {
      familyDescription: { type: String, maxlength: 2000 },
      mainProblem: { type: String, maxlength: 2000 },
    },
    // Computed by the shared `scoreScore15` and validated by its schema; the version is inside.
    scores: { type: Schema.Types.Mixed, required: true },
    recordedById: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    recordedByName: { type: String, required: true },
  },
  { timestamps: true, strict: 'throw', minimize: false },
);
// A respondent answers once a day per plan (a double submit from the tablet is refused).
measurementSchema.index({ planId: 1, respondentPersonId: 1, date: 1 }, { unique: true });

export function score15MeasurementModel(connection: Connection): Model<Score15MeasurementDocument> {
  return (
    connection.models['Score15Measurement'] ??
    connection.model<Score15MeasurementDocument>('Score15Measurement', measurementSchema)
  );
}
