import { expect, test } from '../support/fixtures.js';
import { signIn } from '../support/auth.js';

interface ChildList {
  items: { id: string; firstName: string }[];
}

test.describe('need-to-know access', () => {
  test('a worker from another team cannot open a child, and the refusal is in the access log', async ({
    browser,
  }) => {
    const annaContext = await browser.newContext();
    const anna = await annaContext.newPage();
    await signIn(anna, 'anna.sw');
    const list = (await (await anna.request.get('/api/v1/children')).json()) as ChildList;
    const child = list.items.find((c) => c.firstName === 'Aino')!;
    expect(child).toBeTruthy();
    expect((await anna.request.get(`/api/v1/children/${child.id}`)).status()).toBe(200);

    const olliContext = await browser.newContext();
    const olli = await olliContext.newPage();
    await signIn(olli, 'olli.sw');
    const refused = await olli.request.get(`/api/v1/children/${child.id}`);
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('break_glass_required');
    const olliList = (await (await olli.request.get('/api/v1/children')).json()) as ChildList;
    expect(olliList.items.map((c) => c.id)).not.toContain(child.id);

    // The supervisor's access-log report for the child shows Olli's refused attempt.
    const supervisorContext = await browser.newContext();
    const supervisor = await supervisorContext.newPage();
    await signIn(supervisor, 'johanna.supervisor');
    const csv = await supervisor.request.get(`/api/v1/children/${child.id}/access-log?format=csv&lang=fi`);
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text).toContain('olli.sw');
    await Promise.all([annaContext.close(), olliContext.close(), supervisorContext.close()]);
  });

  test('an unauthenticated request for client data is refused', async ({ request }) => {
    const res = await request.get('/api/v1/children');
    expect(res.status()).toBe(401);
  });
});
