import {
  addCalendarDays,
  type CalendarDate,
  type NetworkMemberInput,
  type PartnershipStatus,
  type Sex,
} from '@keha/shared';

/**
 * A three-generation genogram for a demo family: grandparents on both sides, the parents (together
 * or separated, then in two households), the children of the case and the people around them.
 * People are referred to by key; the seeder turns keys into stored ids.
 */
export interface TreePerson {
  key: string;
  firstName: string;
  lastName: string;
  sex: Sex;
  dateOfBirth: CalendarDate;
  dateOfDeath?: CalendarDate;
  household?: 'mother' | 'father';
  /** Index into the family's case children. */
  childIndex?: number;
}

export interface TreeEdge {
  kind: 'parent_of' | 'partner';
  from: string;
  to: string;
  partnershipStatus?: PartnershipStatus;
  quality?: 'normal' | 'close' | 'distant' | 'conflicted' | 'cut_off';
}

export interface DemoTree {
  persons: TreePerson[];
  edges: TreeEdge[];
  separated: boolean;
}

const yearsBefore = (date: CalendarDate, years: number): CalendarDate =>
  addCalendarDays(date, -Math.round(years * 365.25));

export function demoFamilyTree(
  lastName: string,
  children: readonly { firstName: string; sex: Sex; born: CalendarDate }[],
  variant: number,
): DemoTree {
  const eldest = [...children].sort((a, b) => a.born.localeCompare(b.born))[0]!;
  const separated = variant % 3 !== 0;
  const mother = yearsBefore(eldest.born, 27 + (variant % 6));
  const father = yearsBefore(eldest.born, 30 + (variant % 5));
  const persons: TreePerson[] = [
    {
      key: 'mgm',
      firstName: 'Marjatta',
      lastName: 'Virta',
      sex: 'female',
      dateOfBirth: yearsBefore(mother, 26),
    },
    {
      key: 'mgf',
      firstName: 'Kalevi',
      lastName: 'Virta',
      sex: 'male',
      dateOfBirth: yearsBefore(mother, 29),
      ...(variant % 2 ? { dateOfDeath: yearsBefore(eldest.born, -2) } : {}),
    },
    { key: 'pgm', firstName: 'Leena', lastName, sex: 'female', dateOfBirth: yearsBefore(father, 24) },
    { key: 'pgf', firstName: 'Pentti', lastName, sex: 'male', dateOfBirth: yearsBefore(father, 27) },
    { key: 'mother', firstName: 'Katja', lastName, sex: 'female', dateOfBirth: mother, household: 'mother' },
    {
      key: 'father',
      firstName: 'Jari',
      lastName,
      sex: 'male',
      dateOfBirth: father,
      household: separated ? 'father' : 'mother',
    },
    {
      key: 'aunt',
      firstName: 'Sanna',
      lastName: 'Virta',
      sex: 'female',
      dateOfBirth: yearsBefore(mother, -3),
    },
    ...children.map((c, i) => ({
      key: `child${i}`,
      firstName: c.firstName,
      lastName,
      sex: c.sex,
      dateOfBirth: c.born,
      household: 'mother' as const,
      childIndex: i,
    })),
  ];
  const edges: TreeEdge[] = [
    { kind: 'partner', from: 'mgf', to: 'mgm', partnershipStatus: 'married' },
    {
      kind: 'partner',
      from: 'pgf',
      to: 'pgm',
      partnershipStatus: variant % 4 === 1 ? 'divorced' : 'married',
    },
    { kind: 'parent_of', from: 'mgm', to: 'mother' },
    { kind: 'parent_of', from: 'mgf', to: 'mother' },
    { kind: 'parent_of', from: 'mgm', to: 'aunt' },
    { kind: 'parent_of', from: 'mgf', to: 'aunt' },
    { kind: 'parent_of', from: 'pgm', to: 'father' },
    { kind: 'parent_of', from: 'pgf', to: 'father' },
    {
      kind: 'partner',
      from: 'father',
      to: 'mother',
      partnershipStatus: separated ? 'separated' : 'cohabiting',
      quality: separated ? 'conflicted' : 'normal',
    },
    ...children.flatMap((_, i): TreeEdge[] => [
      { kind: 'parent_of', from: 'mother', to: `child${i}`, quality: 'close' },
      {
        kind: 'parent_of',
        from: 'father',
        to: `child${i}`,
        ...(separated && i === 0 ? { quality: 'distant' as const } : {}),
      },
    ]),
  ];
  return { persons, edges, separated };
}

/** The people around a child on the network map. */
export function demoNetwork(lastName: string, variant: number): NetworkMemberInput[] {
  const members: NetworkMemberInput[] = [
    {
      name: `Katja ${lastName}`,
      role: 'äiti',
      sector: 'family',
      closeness: 1,
      support: variant % 4 === 0 ? 'straining' : 'supportive',
    },
    {
      name: 'Marjatta Virta',
      role: 'mummo',
      sector: 'relatives',
      closeness: variant % 2 ? 1 : 2,
      support: 'supportive',
    },
    { name: 'Riikka Laakso', role: 'luokanopettaja', sector: 'school', closeness: 2, support: 'supportive' },
    {
      name: 'Terveydenhoitaja Hanna Pirinen',
      role: 'kouluterveydenhoitaja',
      sector: 'health',
      closeness: 3,
      support: 'neutral',
    },
    {
      name: 'Sami Lahtinen',
      role: 'jalkapallovalmentaja',
      sector: 'hobbies',
      closeness: 2,
      support: 'supportive',
    },
    { name: 'Perheneuvola', role: 'perheterapia', sector: 'services', closeness: 3, support: 'neutral' },
  ];
  if (variant % 3 !== 0)
    members.push({
      name: `Jari ${lastName}`,
      role: 'isä',
      sector: 'family',
      closeness: variant % 2 ? 3 : 2,
      support: variant % 2 ? 'straining' : 'neutral',
    });
  return members;
}
