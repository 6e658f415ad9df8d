import { signIn, type ApiClient } from '../../testing/api-client.js';
import { createChildViaApi, createWorker } from '../../testing/child-fixtures.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { personModel, relationshipModel } from './model.js';

describe('the genogram through the HTTP API', () => {
  let server: TestServer;
  let anna: ApiClient;
  let child: string;
  let sibling: string;
  let worker: string;
  const newChild = (firstName: string, born: string) =>
    createChildViaApi(anna, server.database.connection, {
      firstName,
      lastName: 'Genogrammi',
      born,
      teamCode: 'team-1',
      workerId: worker,
    });
  const person = async (body: object) => {
    const res = await anna.post(`/api/v1/children/${child}/family/persons`, body);
    expect(res.status).withContext(JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const line = (body: object) => anna.post(`/api/v1/children/${child}/family/relationships`, body);
  const counts = async () => ({
    persons: await personModel(server.database.connection).countDocuments(),
    lines: await relationshipModel(server.database.connection).countDocuments(),
  });

  beforeAll(async () => {
    server = await startTestServer();
    anna = await signIn(server, 'anna.sw');
    worker = String(await createWorker(server.database.connection, 'genogram.worker', 'team-1'));
  });
  afterAll(async () => server.dispose());

  it('builds three generations: family, people and lines; siblings share it; rules give 400s', async () => {
    child = await newChild('Iida', '2015-06-01');
    sibling = await newChild('Ilmari', '2018-02-10');
    expect((await anna.get(`/api/v1/children/${child}/family`)).body).toEqual({ family: null });
    const created = await anna.post(`/api/v1/children/${child}/family`, { name: 'Genogrammi' });
    expect(created.status).toBe(201);
    expect(created.body.persons).toEqual([jasmine.objectContaining({ firstName: 'Iida', childId: child })]);
    const joined = await anna.post(`/api/v1/children/${sibling}/family`, { familyId: created.body.id });
    expect(joined.status).toBe(201);
    expect(joined.body.persons.map((p: { firstName: string }) => p.firstName)).toEqual(['Iida', 'Ilmari']);
    expect((await anna.post(`/api/v1/children/${sibling}/family`, { name: 'Another' })).status).toBe(409);

    const iida = created.body.persons[0].id as string;
    const ilmari = joined.body.persons[1].id as string;
    const grandma = await person({ firstName: 'Helka', sex: 'female', dateOfBirth: '1950-03-01' });
    const grandpa = await person({ firstName: 'Toivo', sex: 'male', dateOfBirth: '1948-09-09' });
    const mother = await person({ firstName: 'Sanna', sex: 'female', dateOfBirth: '1985-01-20' });
    const father = await person({ firstName: 'Jari', sex: 'male', dateOfBirth: '1983-11-11' });
    for (const [from, to] of [
      [grandma, mother],
      [grandpa, mother],
      [mother, iida],
      [father, iida],
      [mother, ilmari],
      [father, ilmari],
    ])
      expect((await line({ kind: 'parent_of', fromPersonId: from, toPersonId: to })).status).toBe(201);
    const partners = await line({
      kind: 'partner',
      fromPersonId: mother,
      toPersonId: father,
      partnershipStatus: 'divorced',
      quality: 'conflicted',
    });
    expect(partners.status).toBe(201);

    const { family } = (await anna.get(`/api/v1/children/${sibling}/family`)).body;
    expect(family.persons.length).toBe(6);
    expect(family.relationships.length).toBe(7);
    expect(family.relationships).toContain(
      jasmine.objectContaining({ kind: 'partner', partnershipStatus: 'divorced', quality: 'conflicted' }),
    );

    // A wrongly drawn line can be edited and removed; the people stay.
    const edited = await anna.patch(`/api/v1/children/${child}/family/relationships/${partners.body.id}`, {
      partnershipStatus: 'separated',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.partnershipStatus).toBe('separated');
    const removed = await anna.delete(`/api/v1/children/${child}/family/relationships/${partners.body.id}`);
    expect(removed.status).toBe(204);
    expect((await anna.get(`/api/v1/children/${child}/family`)).body.family.relationships.length).toBe(6);

    // The domain rules, each a 400 with field paths and nothing saved.
    const before = await counts();
    const cycle = await line({ kind: 'parent_of', fromPersonId: iida, toPersonId: grandma });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.details).toContain(
      jasmine.objectContaining({
        path: 'toPersonId',
        message: 'This would make a person their own ancestor.',
      }),
    );
    const dead = await anna.post(`/api/v1/children/${child}/family/persons`, {
      firstName: 'Aarne',
      dateOfBirth: '1920-01-01',
      dateOfDeath: '1919-05-05',
    });
    expect(dead.status).toBe(400);
    expect(dead.body.error.details).toEqual([jasmine.objectContaining({ path: 'dateOfDeath' })]);
    const deadPatch = await anna.patch(`/api/v1/children/${child}/family/persons/${grandpa}`, {
      dateOfDeath: '1940-01-01',
    });
    expect(deadPatch.status).toBe(400);
    expect(deadPatch.body.error.details[0].path).toBe('dateOfDeath');
    const youngMother = await anna.patch(`/api/v1/children/${child}/family/persons/${mother}`, {
      dateOfBirth: '2016-01-01',
    });
    expect(youngMother.status).toBe(400);
    expect(youngMother.body.error.details[0]).toEqual(
      jasmine.objectContaining({ path: 'dateOfBirth', message: 'A parent must be born before the child.' }),
    );
    expect(await counts()).toEqual(before);
    const stored = (await anna.get(`/api/v1/children/${child}/family`)).body.family;
    expect(stored.persons.find((p: { id: string }) => p.id === mother).dateOfBirth).toBe('1985-01-20');
    expect(stored.persons.find((p: { id: string }) => p.id === grandpa).dateOfDeath).toBeUndefined();

    // A person may die after birth, and a field sent as null is cleared.
    const died = await anna.patch(`/api/v1/children/${child}/family/persons/${grandpa}`, {
      dateOfDeath: '2020-02-02',
    });
    expect(died.body.dateOfDeath).toBe('2020-02-02');
    const undone = await anna.patch(`/api/v1/children/${child}/family/persons/${grandpa}`, {
      dateOfDeath: null,
    });
    expect(undone.body.dateOfDeath).toBeUndefined();
  });

  it('keeps people in households of their own family only', async () => {
    const own = await newChild('Hilla', '2019-09-19');
    const url = `/api/v1/children/${own}/family`;
    expect((await anna.post(url, { name: 'Kotitalous' })).status).toBe(201);
    const mother = (await anna.post(`${url}/persons`, { firstName: 'Sanna', sex: 'female' })).body.id;
    const set = await anna.put(`${url}/households`, {
      households: [
        { id: 'mum', label: 'Äidin koti', address: 'Kotikatu 1' },
        { id: 'dad', label: 'Isän koti' },
      ],
    });
    expect(set.status).toBe(200);
    expect(set.body.households.length).toBe(2);
    expect((await anna.patch(`${url}/persons/${mother}`, { householdId: 'mum' })).body.householdId).toBe(
      'mum',
    );
    const nowhere = await anna.patch(`${url}/persons/${mother}`, { householdId: 'grandma' });
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.error.details[0].path).toBe('householdId');
    const dropped = await anna.put(`${url}/households`, { households: [{ id: 'dad', label: 'Isän koti' }] });
    expect(dropped.status).toBe(400);
    expect(dropped.body.error.details[0].path).toBe('households');
    const duplicate = await anna.put(`${url}/households`, {
      households: [
        { id: 'mum', label: 'A' },
        { id: 'mum', label: 'B' },
      ],
    });
    expect(duplicate.status).toBe(400);
    expect((await anna.get(url)).body.family.households.length).toBe(2);
  });
});
