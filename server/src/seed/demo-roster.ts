import { addCalendarDays, type CalendarDate } from '@keha/shared';
import { SCENARIOS } from './demo-scenarios.js';

/**
 * The generated part of the demo caseload: synthetic families with one to three children each, spread
 * over the demo workers so that one of them (laura.sw) sits exactly at the legal cap of 30 children
 * aged 0-17 (LSL 13 b §). Deterministic (a seeded generator), so every fresh demo looks the same
 * apart from dates, which follow the seeding day.
 */
export interface RosterChild {
  firstName: string;
  sex: 'female' | 'male';
  born: CalendarDate;
  scenario: string;
  language: 'fi' | 'sv' | 'other';
}

export interface RosterFamily {
  lastName: string;
  team: 'team-1' | 'team-2';
  worker: string;
  children: RosterChild[];
}

const GIRLS = [
  'Aada',
  'Emma',
  'Sofia',
  'Olivia',
  'Lilja',
  'Venla',
  'Isla',
  'Enni',
  'Saga',
  'Ilona',
  'Pihla',
  'Kerttu',
  'Stella',
  'Alma',
  'Minea',
];
const BOYS = [
  'Leo',
  'Eino',
  'Väinö',
  'Elias',
  'Oliver',
  'Toivo',
  'Lenni',
  'Hugo',
  'Otto',
  'Niilo',
  'Aaro',
  'Luka',
  'Vilho',
  'Kasper',
  'Emil',
];
const SURNAMES = [
  'Mäkinen',
  'Hämäläinen',
  'Koskela',
  'Laitinen',
  'Järvelä',
  'Lehtonen',
  'Saarinen',
  'Karjalainen',
  'Pelkonen',
  'Åberg',
  'Söderholm',
  'Kallio',
  'Turunen',
  'Hakala',
  'Ojala',
  'Kettunen',
  'Rautio',
  'Nurmi',
  'Lindholm',
  'Peltola',
  'Vainio',
  'Leinonen',
  'Seppälä',
  'Honkanen',
  'Aalto',
  'Forsman',
  'Kivelä',
  'Mattila',
];

/** mulberry32: tiny deterministic generator, enough for demo data. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ (t + Math.imul(t ^ (t >>> 14), 71 | t));
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Children per worker in the generated part (the seven hand-written demo children come on top). */
const WORKLOAD: readonly { worker: string; team: RosterFamily['team']; children: number }[] = [
  { worker: 'anna.sw', team: 'team-1', children: 9 },
  { worker: 'mikko.lead', team: 'team-1', children: 5 },
  { worker: 'olli.sw', team: 'team-2', children: 6 },
  { worker: 'laura.sw', team: 'team-2', children: 30 },
];

/** Scenarios that need a child old enough for a long history. */
const LONG_HISTORY = new Set(['care-order', 'plan-review-overdue']);

export function demoRoster(today: CalendarDate): RosterFamily[] {
  const random = generator(20261122);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const families: RosterFamily[] = [];
  let surname = 0;
  let scenario = 0;
  for (const load of WORKLOAD) {
    let left = load.children;
    while (left > 0) {
      const size = Math.min(left, 1 + Math.floor(random() * 3));
      const language = random() < 0.15 ? 'sv' : random() < 0.1 ? 'other' : 'fi';
      const children: RosterChild[] = [];
      for (let i = 0; i < size; i++) {
        const key = SCENARIOS[scenario++ % SCENARIOS.length]!.key;
        // The capped worker's children must all count (aged 0-17, not closed).
        const chosen = load.worker === 'laura.sw' && key === 'closed' ? 'client' : key;
        const minAge = LONG_HISTORY.has(chosen) ? 4 : 1;
        const ageDays = Math.floor((minAge + random() * (16.5 - minAge)) * 365.25);
        const sex = random() < 0.5 ? 'female' : 'male';
        const names = sex === 'female' ? GIRLS : BOYS;
        const used = new Set(children.map((c) => c.firstName));
        let firstName = pick(names);
        while (used.has(firstName)) firstName = pick(names);
        children.push({ firstName, sex, born: addCalendarDays(today, -ageDays), scenario: chosen, language });
      }
      families.push({
        lastName: SURNAMES[surname++ % SURNAMES.length]!,
        team: load.team,
        worker: load.worker,
        children,
      });
      left -= size;
    }
  }
  return families;
}
