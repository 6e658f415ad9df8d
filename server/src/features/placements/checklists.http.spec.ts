import { checklistTemplateSchema } from '@keha/shared';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { demoIds } from '../../testing/demo-ids.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { helsinkiToday } from '../case/dates.js';
import { completeDraft, mutationId, placeNewChild } from './spec-support.js';

describe('versioned checklist templates (HTTP)', () => {
  let server: TestServer;
  let admin: ApiClient;
  let anna: ApiClient;
  let pekka: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    [admin, anna, pekka] = await Promise.all([
      signIn(server, 'admin'),
      signIn(server, 'anna.sw'),
      signIn(server, 'pekka.inspector'),
    ]);
  });
  afterAll(async () => server.dispose());

  it('has the default checklist v1 in fi/sv/en with a legal reference on every item, in the four groups', async () => {
    const current = await pekka.get('/api/v1/checklist-templates');
    expect(current.status).toBe(200);
    expect(current.body.items.map((t: { key: string }) => t.key)).toContain('default');
    // Another spec may have made version 2 meanwhile: version 1 is the seeded one, and stays.
    const res = await pekka.get('/api/v1/checklist-templates/versions/default');
    const template = res.body.items.find((t: { version: number }) => t.version === 1);
    expect(checklistTemplateSchema.safeParse(template).error).toBeUndefined();
    expect(template.version).toBe(1);
    const groups = new Set(template.items.map((i: { group: string }) => i.group));
    expect([...groups].sort()).toEqual(['child_seen_alone', 'outcome', 'restrictions_incidents', 'unit']);
    for (const item of template.items) {
      expect(item.legalReference)
        .withContext(item.key)
        .toMatch(/(LSL|PHL|VL) \d/);
      expect([item.text.fi, item.text.sv, item.text.en].every((t: string) => t.length > 3))
        .withContext(item.key)
        .toBeTrue();
    }
  });

  it('lets only administrators edit; every edit is the next version; a visit keeps the version it used', async () => {
    const ids = await demoIds(server.database.connection);
    const placed = await placeNewChild(server, anna, ids);
    const visit = (
      await pekka.post('/api/v1/visits', {
        placementIds: [placed.placementId],
        plannedDate: helsinkiToday(),
        announced: true,
      })
    ).body;
    const v1 = (await admin.get('/api/v1/checklist-templates/versions/default')).body.items[0];
    const edited = {
      name: v1.name,
      items: [
        ...v1.items.filter((i: { key: string }) => i.key !== 'unit.premises'),
        {
          ...v1.items[0],
          key: 'child.hobbies',
          text: { fi: 'Harrastukset', sv: 'Fritidsintressen', en: 'Hobbies' },
        },
      ],
    };
    expect(
      (await anna.put('/api/v1/checklist-templates/versions/default', { baseVersion: 1, template: edited }))
        .status,
    ).toBe(403);
    const v2 = await admin.put('/api/v1/checklist-templates/versions/default', {
      baseVersion: 1,
      template: edited,
    });
    expect(v2.status).withContext(JSON.stringify(v2.body)).toBe(200);
    expect(v2.body).toEqual(jasmine.objectContaining({ version: 2, current: true }));
    const stale = await admin.put('/api/v1/checklist-templates/versions/default', {
      baseVersion: 1,
      template: edited,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toEqual(
      jasmine.objectContaining({ code: 'stale_revision', current: jasmine.objectContaining({ version: 2 }) }),
    );
    const versions = (await pekka.get('/api/v1/checklist-templates/versions/default')).body.items;
    expect(versions.map((v: { version: number; current: boolean }) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);

    // The visit planned before the edit is answered against v1: unit.premises exists there.
    const submitted = await pekka.post(`/api/v1/visits/${visit.id}/submit`, {
      clientMutationId: mutationId(),
      baseRevision: 1,
      draft: completeDraft([placed.childId]),
    });
    expect(submitted.status).withContext(JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body.template).toEqual({ id: v1.id, key: 'default', version: 1 });
    // A visit planned now uses v2, where the item is gone.
    const placed2 = await placeNewChild(server, anna, ids);
    const later = (
      await pekka.post('/api/v1/visits', {
        placementIds: [placed2.placementId],
        plannedDate: helsinkiToday(),
        announced: true,
      })
    ).body;
    expect(later.template.version).toBe(2);
    const refused = await pekka.put(`/api/v1/visits/${later.id}/draft`, {
      clientMutationId: mutationId(),
      baseRevision: 1,
      draft: { answers: [{ itemKey: 'unit.premises', value: 3 }] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toEqual([
      { path: 'draft.answers.0.itemKey', message: jasmine.any(String) },
    ]);
  });

  it('refuses a template with a scale item without its range, or a key used twice', async () => {
    const item = { key: 'a.b', group: 'unit', text: { fi: 'x', sv: 'x', en: 'x' }, legalReference: 'VL 5 §' };
    const res = await admin.post('/api/v1/checklist-templates', {
      key: 'broken',
      template: {
        name: { fi: 'x', sv: 'x', en: 'x' },
        items: [
          { ...item, answerType: 'scale' },
          { ...item, answerType: 'text' },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'template.items.0.scale',
      'template.items.1.key',
    ]);
  });
});
