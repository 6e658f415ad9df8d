import { therapyPlanListSchema, type TherapyPlan } from '@keha/shared';
import { auditCollection } from '../../platform/audit/audit-event.js';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { newTherapyFamily, planContent } from './spec-support.js';

describe("the therapy plans of the caller's teams (HTTP)", () => {
  let server: TestServer;
  let sari: ApiClient;
  let anna: ApiClient;
  let olli: ApiClient;
  let admin: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    [sari, anna, olli, admin] = await Promise.all(
      ['sari.therapist', 'anna.sw', 'olli.sw', 'admin'].map((user) => signIn(server, user)),
    );
  });
  afterAll(async () => server.dispose());

  it('lists the plans of team 1 to its therapist and members, not to another team, and audits it', async () => {
    const family = await newTherapyFamily(server.database.connection);
    const created = await sari.post('/api/v1/therapy-plans', {
      familyId: family.familyId,
      plan: planContent(family),
    });
    expect(created.status).toBe(201);
    for (const member of [sari, anna]) {
      const res = await member.get('/api/v1/me/therapy-plans');
      expect(res.status).toBe(200);
      expect(therapyPlanListSchema.safeParse(res.body).error).toBeUndefined();
      const ids = res.body.items.map((p: TherapyPlan) => p.id);
      expect(ids).toContain(created.body.id);
    }
    const other = await olli.get('/api/v1/me/therapy-plans');
    expect(other.status).toBe(200);
    expect(other.body.items.map((p: TherapyPlan) => p.id)).not.toContain(created.body.id);

    const event = await auditCollection(server.database.connection).findOne(
      { 'actor.username': 'anna.sw', view: 'therapy.plan', outcome: 'allowed', childIds: family.childIds[0] },
      { sort: { _id: -1 } },
    );
    expect(event).withContext('an audit event names the listed children').not.toBeNull();
  });

  it('refuses an administrator, who sees no client data', async () => {
    const res = await admin.get('/api/v1/me/therapy-plans');
    expect(res.status).toBe(403);
  });
});
