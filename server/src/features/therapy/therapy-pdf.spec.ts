import type { Score15Series, TherapyPlan } from '@keha/shared';
import { pdfText } from './spec-support.js';
import { therapyPdf } from './therapy-pdf.js';

const plan = {
  id: 'p',
  familyName: 'Nyström (familj)',
  children: [{ id: 'c1', name: 'Ella Nyström' }],
  status: 'active',
  version: 3,
  statusHistory: [
    { from: null, to: 'draft', at: '2026-01-10T10:00:00.000Z', byId: 'u', byName: 'Sari Koskinen' },
  ],
  therapistName: 'Sari Koskinen',
  startDate: '2026-01-10',
  referralQuestion: { professionalWords: 'Konflikter' },
  agreedFocus: { familyWords: 'Prata utan att skrika', professionalWords: 'Kommunikation' },
  participants: [{ name: 'Ella' }],
  goals: [{ id: 'tg-1', text: 'Färre gräl', reviewDate: '2026-04-01', status: 'open', progressNotes: [] }],
  plannedSessions: { count: 10, frequency: 'monthly', settings: ['online'] },
  methods: ['reflecting_team', 'other'],
  otherMethod: 'Brevskrivning',
  measurementSchedule: ['baseline', 'end'],
  estimatedDurationMonths: 10,
  childViews: [{ childId: 'c1', words: 'Jag vill bo hemma.' }],
} as unknown as TherapyPlan;

const point = (date: string, total: number | null) => ({
  measurementId: date,
  date,
  point: 'follow_up' as const,
  total,
  strengths: total,
  overwhelmed: 2,
  communication: 3,
  problemSeverity: 7,
  familyCoping: null,
  therapyHope: 5,
});

describe('therapy PDFs', () => {
  it('render in English with an unscored point as a gap and "not scored" in the table', async () => {
    const series: Score15Series = {
      planId: 'p',
      respondents: [
        {
          personId: 'a',
          name: 'Ella Nyström',
          points: [point('2026-01-10', 3.4), point('2026-03-10', null), point('2026-06-10', 2.1)],
        },
        { personId: 'b', name: 'Maria Nyström', points: [point('2026-01-12', 2.5)] },
      ],
    };
    const pdf = await therapyPdf({
      kind: 'progress',
      plan,
      sessions: [],
      series,
      language: 'en',
      printedAt: new Date(),
      compress: false,
    });
    const text = pdfText(pdf);
    expect(text).toContain('Family therapy progress report: Nyström (familj)');
    expect(text).toContain('not scored');
    expect(text).toContain('Maria Nyström');
    expect(text).toContain('Expectations of therapy (1-10)');
  });

  it('say so when there are no measurements yet, in Swedish', async () => {
    const pdf = await therapyPdf({
      kind: 'plan',
      plan,
      sessions: [],
      series: { planId: 'p', respondents: [] },
      language: 'sv',
      printedAt: new Date(),
    });
    const text = pdfText(pdf);
    expect(text).toContain('Familjeterapiplan: Nyström (familj)');
    expect(text).toContain('Inga mätningar ännu.');
    expect(text).toContain('reflekterande team, Brevskrivning');
    expect(text).toContain('Jag vill bo hemma.');
  });
});
