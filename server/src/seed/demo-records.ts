import { addCalendarDays, type CalendarDate } from '@keha/shared';
import { dateDaysAgo, scenarioByKey } from './demo-scenarios.js';

/**
 * The records around one demo child besides its events: the client plan, the child's own view, safety
 * scaling by several participants and tasks, written the way the team would write them. Plain data;
 * the seeder stores it.
 */
export interface DemoChildRecords {
  plan?: {
    date: CalendarDate;
    reviewDate: CalendarDate;
    plannedVisitIntervalDays?: number;
    goals: {
      goalId: string;
      text: string;
      owner: string;
      targetDate: CalendarDate;
      status: 'open' | 'in_progress' | 'achieved';
    }[];
  };
  childView?: {
    date: CalendarDate;
    method: 'conversation_alone' | 'drawing_or_play';
    words: string;
    effectOnDecisions: string;
  };
  safetyScores: { date: CalendarDate; participant: string; participantRole: string; score: number }[];
  tasks: { title: string; dueDate: CalendarDate; status: 'open' | 'done' }[];
}

const WORDS = [
  'Kotona on välillä ihan kivaa, mutta kun äiti ja isä riitelee, mä meen mun huoneeseen ja laitan musiikin kovalle.',
  'Haluaisin asua mummolla silloin kun kotona on huono päivä. Mummolla on koira.',
  'Koulussa on kiva olla, opettaja on reilu. Aamulla en aina jaksa herätä.',
  'Jag vill att pappa kommer till min fotbollsmatch. Ibland är mamma ledsen.',
  'Perhekodissa on hyvä ruoka ja omat kaverit. Ikävä pikkuveljeä.',
];

export function demoChildRecords(
  scenarioKey: string,
  today: CalendarDate,
  variant: number,
  workerName: string,
): DemoChildRecords {
  const scenario = scenarioByKey(scenarioKey);
  const first = scenario.events[0]!.daysAgo;
  const records: DemoChildRecords = { safetyScores: [], tasks: [] };
  if (scenario.planDaysAgo !== undefined) {
    const date = dateDaysAgo(today, scenario.planDaysAgo);
    records.plan = {
      date,
      reviewDate: addCalendarDays(date, 365),
      ...(scenario.status === 'placement' ? { plannedVisitIntervalDays: 90 } : {}),
      goals: [
        {
          goalId: 'g-school',
          text: 'Koulunkäynti on säännöllistä ja aamut sujuvat.',
          owner: 'Perhe ja koulu',
          targetDate: addCalendarDays(date, 180),
          status: 'in_progress',
        },
        {
          goalId: 'g-safety',
          text: 'Riidat eivät muutu väkivallaksi; lapsella on turvallinen aikuinen, jolle soittaa.',
          owner: 'Vanhemmat',
          targetDate: addCalendarDays(date, 120),
          status: variant % 3 === 0 ? 'achieved' : 'open',
        },
        {
          goalId: 'g-hobby',
          text: 'Lapsella on viikoittainen harrastus.',
          owner: workerName,
          targetDate: addCalendarDays(date, 240),
          status: 'open',
        },
      ],
    };
  }
  if (first > 10) {
    records.childView = {
      date: dateDaysAgo(today, Math.max(3, first - 10)),
      method: variant % 2 ? 'conversation_alone' : 'drawing_or_play',
      words: WORDS[variant % WORDS.length]!,
      effectOnDecisions:
        'Tapaamiset mummolla lisättiin suunnitelmaan; lapsen kanssa sovittiin oma yhteyshenkilö.',
    };
    const at = dateDaysAgo(today, Math.max(2, Math.floor(first / 3)));
    records.safetyScores = [
      { date: at, participant: 'Äiti', participantRole: 'vanhempi', score: 5 + (variant % 4) },
      { date: at, participant: workerName, participantRole: 'sosiaalityöntekijä', score: 3 + (variant % 3) },
      { date: at, participant: 'Opettaja', participantRole: 'koulu', score: 4 + (variant % 5) },
    ];
  }
  records.tasks = [
    {
      title: 'Sovi kotikäynti perheen kanssa',
      dueDate: addCalendarDays(today, (variant % 5) - 3),
      status: 'open',
    },
    {
      title: 'Pyydä koululta lausunto',
      dueDate: addCalendarDays(today, 10 + (variant % 7)),
      status: variant % 2 ? 'open' : 'done',
    },
  ];
  return records;
}
