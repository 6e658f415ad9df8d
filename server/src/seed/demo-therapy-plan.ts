import type { Types } from 'mongoose';
import { addCalendarDays, type CalendarDate } from '@keha/shared';
import type { StoredPlanContent } from '../features/therapy/plan.model.js';

interface DemoPerson {
  _id: Types.ObjectId;
  firstName: string;
  lastName: string;
}

/** The demo family-therapy plan of the Lindqvist family, as it reads after the six-month review. */
export function demoTherapyPlanContent(options: {
  childId: string;
  people: { mother: DemoPerson; father: DemoPerson; teen: DemoPerson };
  start: CalendarDate;
  today: CalendarDate;
  linkSafetyGoal: boolean;
}): StoredPlanContent {
  const { childId, start, today, linkSafetyGoal } = options;
  const { mother, father, teen } = options.people;
  return {
    childIds: [childId],
    clientPlanGoals: linkSafetyGoal ? [{ childId, goalId: 'g-safety' }] : [],
    startDate: start,
    referralQuestion: {
      familyWords: 'Vi bråkar varje morgon och Linnea stänger in sig.',
      professionalWords:
        'Eron jälkeiset ristiriidat kuormittavat äidin ja Linnean suhdetta; koulupoissaoloja.',
    },
    agreedFocus: {
      familyWords: 'Att kunna prata utan att skrika.',
      professionalWords: 'Vuorovaikutuksen kehä (huoli, kontrolli, vetäytyminen) ja isän paikka perheessä.',
    },
    participants: [
      { name: `${mother.firstName} ${mother.lastName}`, role: 'äiti', personId: String(mother._id) },
      { name: `${teen.firstName} ${teen.lastName}`, role: 'lapsi', personId: String(teen._id) },
      {
        name: `${father.firstName} ${father.lastName}`,
        role: 'isä (osassa tapaamisista)',
        personId: String(father._id),
      },
    ],
    goals: [
      {
        id: 'tg-mornings',
        text: 'Aamut sujuvat ilman huutamista vähintään neljänä päivänä viikossa.',
        reviewDate: addCalendarDays(start, 185),
        status: 'in_progress',
        progressNotes: [
          {
            date: addCalendarDays(start, 195),
            text: 'Äidin mukaan 3-4 hyvää aamua viikossa; Linnean mukaan 2.',
          },
        ],
      },
      {
        id: 'tg-talk',
        text: 'Linnea ja äiti puhuvat erosta ja isästä kerran viikossa omana iltanaan.',
        reviewDate: addCalendarDays(today, -5),
        status: 'in_progress',
        progressNotes: [],
      },
      {
        id: 'tg-father',
        text: 'Isä osallistuu Linnean arkeen sovitusti (ottelut, joka toinen viikonloppu).',
        reviewDate: addCalendarDays(today, 10),
        status: 'open',
        progressNotes: [],
      },
    ],
    strengths: 'Äiti hakee apua itse; Linnealla on harrastus ja hyvä ystävä; mummo on turvallinen aikuinen.',
    plannedSessions: { count: 16, frequency: 'monthly', settings: ['office', 'home'] },
    methods: [
      'genogram_work',
      'circular_questions',
      'reflecting_team',
      'network_meeting',
      'family_sculpture',
    ],
    measurementSchedule: ['baseline', 'session_4', 'six_months', 'end'],
    estimatedDurationMonths: 15,
    dissentingViews: 'Isä ei pidä perheterapiaa tarpeellisena; hän osallistuu verkostokokouksiin.',
    childViews: [{ childId: childId, words: 'Jag vill att mamma litar på mig och att pappa kommer oftare.' }],
  };
}
