import { Types, type Connection } from 'mongoose';
import type { CalendarDate, Sex } from '@keha/shared';
import { childModel } from '../features/children/model.js';
import { familyModel, personModel, relationshipModel } from '../features/family/model.js';
import { demoFamilyTree } from './demo-family-tree.js';

export interface DemoHousehold {
  lastName: string;
  teamId: Types.ObjectId;
  children: { _id: Types.ObjectId; firstName: string; sex: Sex; born: CalendarDate }[];
}

/** One family per household of demo children: a three-generation genogram with the children in it. */
export async function seedFamilies(connection: Connection, households: DemoHousehold[]): Promise<void> {
  const families: object[] = [];
  const persons: object[] = [];
  const lines: object[] = [];
  const childUpdates: { updateOne: { filter: object; update: object } }[] = [];
  households.forEach((household, variant) => {
    const familyId = new Types.ObjectId();
    const tree = demoFamilyTree(household.lastName, household.children, variant);
    families.push({
      _id: familyId,
      name: `${household.lastName} (perhe)`,
      teamId: household.teamId,
      households: [
        { id: 'mother', label: 'Äidin koti' },
        ...(tree.separated ? [{ id: 'father', label: 'Isän koti' }] : []),
      ],
    });
    const idByKey = new Map(tree.persons.map((p) => [p.key, new Types.ObjectId()]));
    for (const person of tree.persons) {
      const child = person.childIndex === undefined ? undefined : household.children[person.childIndex]!;
      persons.push({
        _id: idByKey.get(person.key),
        familyId,
        firstName: person.firstName,
        lastName: person.lastName,
        sex: person.sex,
        kind: 'family',
        dateOfBirth: person.dateOfBirth,
        ...(person.dateOfDeath ? { dateOfDeath: person.dateOfDeath } : {}),
        ...(person.household ? { householdId: person.household } : {}),
        contact: {},
        ...(child ? { childId: child._id } : {}),
      });
    }
    for (const edge of tree.edges)
      lines.push({
        familyId,
        kind: edge.kind,
        fromPersonId: idByKey.get(edge.from),
        toPersonId: idByKey.get(edge.to),
        ...(edge.partnershipStatus ? { partnershipStatus: edge.partnershipStatus } : {}),
        ...(edge.kind === 'parent_of' ? { parenthood: 'biological' } : {}),
        quality: edge.quality ?? 'normal',
      });
    for (const child of household.children)
      childUpdates.push({ updateOne: { filter: { _id: child._id }, update: { $set: { familyId } } } });
  });
  await familyModel(connection).insertMany(families);
  await personModel(connection).insertMany(persons);
  await relationshipModel(connection).insertMany(lines);
  await childModel(connection).bulkWrite(childUpdates);
}
