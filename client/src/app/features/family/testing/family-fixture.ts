import { Family, Person, Relationship } from '../data/family.model';

type PersonSeed = Pick<Person, 'id' | 'firstName' | 'sex'> & Partial<Person>;
type EdgeSeed = Pick<Relationship, 'id' | 'kind' | 'fromPersonId' | 'toPersonId'> & Partial<Relationship>;

export const person = (seed: PersonSeed): Person => ({
  familyId: 'f1',
  lastName: 'Virtanen',
  kind: 'family',
  contact: {},
  ...seed,
});
export const edge = (seed: EdgeSeed): Relationship => ({ familyId: 'f1', quality: 'normal', ...seed });
const partners = (id: string, a: string, b: string, extra: Partial<Relationship> = {}) =>
  edge({ id, kind: 'partner', fromPersonId: a, toPersonId: b, partnershipStatus: 'married', ...extra });
const parent = (id: string, from: string, to: string, extra: Partial<Relationship> = {}) =>
  edge({ id, kind: 'parent_of', fromPersonId: from, toPersonId: to, parenthood: 'biological', ...extra });

/**
 * Three generations around Aino (the index child, childId c1): both sets of grandparents, separated
 * parents in two households, a younger brother, the father's new partner and their son, and a
 * foster mother.
 */
export function threeGenerationFamily(): Family {
  return {
    id: 'f1',
    name: 'Virtanen',
    households: [
      { id: 'h-mother', label: 'Äidin koti' },
      { id: 'h-father', label: 'Isän koti' },
    ],
    persons: [
      person({
        id: 'veikko',
        firstName: 'Veikko',
        sex: 'male',
        dateOfBirth: '1950-03-01',
        dateOfDeath: '2015-06-01',
      }),
      person({ id: 'liisa', firstName: 'Liisa', sex: 'female', dateOfBirth: '1952-04-02' }),
      person({
        id: 'pentti',
        firstName: 'Pentti',
        lastName: 'Korhonen',
        sex: 'male',
        dateOfBirth: '1955-01-01',
      }),
      person({
        id: 'marja',
        firstName: 'Marja',
        lastName: 'Korhonen',
        sex: 'female',
        dateOfBirth: '1957-01-01',
      }),
      person({
        id: 'jari',
        firstName: 'Jari',
        sex: 'male',
        dateOfBirth: '1978-05-05',
        householdId: 'h-father',
      }),
      person({
        id: 'sanna',
        firstName: 'Sanna',
        sex: 'female',
        dateOfBirth: '1980-08-08',
        householdId: 'h-mother',
      }),
      person({
        id: 'tiina',
        firstName: 'Tiina',
        sex: 'other',
        dateOfBirth: '1985-02-02',
        householdId: 'h-father',
      }),
      person({
        id: 'aino',
        firstName: 'Aino',
        sex: 'female',
        dateOfBirth: '2012-09-09',
        householdId: 'h-mother',
        childId: 'c1',
      }),
      person({
        id: 'eetu',
        firstName: 'Eetu',
        sex: 'male',
        dateOfBirth: '2015-10-10',
        householdId: 'h-mother',
      }),
      person({
        id: 'onni',
        firstName: 'Onni',
        sex: 'unknown',
        dateOfBirth: '2021-11-11',
        householdId: 'h-father',
      }),
      person({
        id: 'kaisa',
        firstName: 'Kaisa',
        lastName: 'Niemi',
        sex: 'female',
        dateOfBirth: '1970-01-01',
      }),
      person({ id: 'teacher', firstName: 'Opettaja', sex: 'female', kind: 'network', role: 'class teacher' }),
    ],
    relationships: [
      partners('r-gp1', 'veikko', 'liisa', { partnershipStatus: 'widowed' }),
      partners('r-gp2', 'pentti', 'marja', { partnershipStatus: 'divorced', quality: 'cut_off' }),
      parent('r-jari1', 'veikko', 'jari'),
      parent('r-jari2', 'liisa', 'jari'),
      parent('r-sanna1', 'pentti', 'sanna'),
      parent('r-sanna2', 'marja', 'sanna'),
      partners('r-parents', 'jari', 'sanna', { partnershipStatus: 'separated', quality: 'conflicted' }),
      partners('r-new', 'jari', 'tiina', { partnershipStatus: 'cohabiting' }),
      parent('r-aino1', 'jari', 'aino', { quality: 'distant' }),
      parent('r-aino2', 'sanna', 'aino', { quality: 'close' }),
      parent('r-eetu1', 'jari', 'eetu'),
      parent('r-eetu2', 'sanna', 'eetu'),
      parent('r-onni1', 'jari', 'onni'),
      parent('r-onni2', 'tiina', 'onni'),
      parent('r-foster', 'kaisa', 'aino', { parenthood: 'foster' }),
    ],
  };
}
