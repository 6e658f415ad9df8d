import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.js';
import { signIn } from '../support/auth.js';

/** Today in Finland, as the server dates visits. */
const helsinkiToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', dateStyle: 'short' }).format(new Date());

/** A 1x1 PNG, the kind of photo a tablet camera hands the form. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const OBSERVATION = 'Lapsen huoneen ikkunassa ei ole turvalukkoa; rajoitustoimenpiteitä ei ole kirjattu.';

interface VisitRow {
  id: string;
  plannedDate: string;
  children: { childId: string; name: string }[];
}

/** The page is served by the service worker from here on (the app shell works offline). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 45_000,
  });
}

async function timelineFindings(request: APIRequestContext, childId: string): Promise<string[]> {
  const res = await request.get(`/api/v1/children/${childId}/timeline?kinds=finding`);
  if (!res.ok()) return [];
  return ((await res.json()) as { items: { text: string }[] }).items.map((i) => i.text);
}

test.describe('placement oversight', () => {
  test('an inspector fills a due visit offline on a tablet, it syncs, and the supervisor is alerted', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const inspector = await browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    const page = await inspector.newPage();
    await signIn(page, 'pekka.inspector');

    // The planner shows the visit due this week; the form opens from it.
    await page.goto('/visits');
    await expect(page.getByRole('heading', { level: 1, name: 'Valvontakäynnit' })).toBeVisible();
    const planned = (await (
      await page.request.get('/api/v1/visits?inspectorId=me&status=planned')
    ).json()) as {
      items: VisitRow[];
    };
    const visit = planned.items.sort((a, b) => a.plannedDate.localeCompare(b.plannedDate))[0]!;
    const child = visit.children[0]!;
    await page.getByRole('link', { name: 'Avaa käynti' }).first().click();
    await expect(page).toHaveURL(/\/visits\/[a-f0-9]{24}$/);
    await page.goto(`/visits/${visit.id}`);
    await expect(page.getByRole('heading', { level: 1, name: /Valvontakäynti/ })).toBeVisible();
    await waitForServiceWorker(page);

    // The supervisor is signed in elsewhere, waiting for alerts.
    const supervisorContext = await browser.newContext();
    const supervisor = await supervisorContext.newPage();
    await signIn(supervisor, 'johanna.supervisor');

    await inspector.setOffline(true);
    await page.getByLabel('Käynnin päivämäärä').fill(helsinkiToday());
    const childBox = page.locator(`[data-child="${child.childId}"]`);
    await childBox
      .getByRole('radiogroup', { name: 'Lapsi tavattiin', exact: true })
      .getByRole('radio', { name: 'Kyllä' })
      .check();
    await childBox
      .getByRole('radiogroup', { name: /Lapsi tavattiin yksin/ })
      .getByRole('radio', { name: 'Kyllä' })
      .check();
    await childBox
      .getByLabel('Lapsen oma kertomus (lapsen sanoin)')
      .fill('Täällä on kivaa, mutta ikkuna pelottaa.');
    const checklist = page.getByRole('region', { name: 'Tarkistuslista' });
    await checklist.getByRole('radio', { name: 'Kyllä' }).first().click();
    await expect(checklist.getByRole('radio', { name: 'Kyllä' }).first()).toHaveAttribute(
      'aria-checked',
      'true',
    );

    await page.getByRole('button', { name: 'Lisää havainto' }).click();
    const findings = page.getByRole('region', { name: 'Havainnot' });
    await findings.getByRole('textbox', { name: 'Havainto', exact: true }).fill(OBSERVATION);
    await findings.getByRole('textbox', { name: 'Lainkohta' }).fill('LSL 61 §');
    await findings.getByRole('radio', { name: 'Vakava' }).check();
    await page.locator('input[type="file"][name="photos"]').setInputFiles({
      name: 'ikkuna.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await expect(page.getByRole('img', { name: 'ikkuna.png' })).toBeVisible();
    await findings.getByRole('checkbox', { name: 'Kuva 1' }).check();
    await expect(page.getByText('Kaikki muutokset on tallennettu tälle laitteelle')).toBeVisible();
    await expect(page.getByText(/1 muutosta, 1 kuvaa odottaa/)).toBeVisible();

    // A reload without a network: the service worker serves the app, IndexedDB the draft.
    await page.reload();
    await expect(page).toHaveURL(new RegExp(`/visits/${visit.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: /Valvontakäynti/ })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Havainnot' }).getByRole('textbox', { name: 'Havainto', exact: true }),
    ).toHaveValue(OBSERVATION);
    await expect(page.getByRole('img', { name: 'ikkuna.png' })).toBeVisible();
    await expect(page.getByText('Ei vielä synkronoitu')).toBeVisible();

    // Back online: the photo, the draft, then the submission.
    await inspector.setOffline(false);
    await expect(page.getByText('Synkronoitu', { exact: true })).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Allekirjoita ja lähetä' }).click();
    await expect(page.getByText('Käyntipöytäkirja on lähetetty.')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('Tallennettu palvelimelle')).toBeVisible();

    // The minutes (PHL 22 §) download as a PDF from the submitted visit.
    const pdfLink = page.getByRole('link', { name: 'Lataa PDF: suomi' });
    await expect(pdfLink).toBeVisible();
    const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
    expect(pdf.headers()['content-type']).toContain('application/pdf');

    // The supervisor is alerted at once, and the finding is on the open serious findings list.
    await expect(supervisor.getByRole('alert').filter({ hasText: 'Vakava havainto' })).toBeVisible({
      timeout: 15_000,
    });
    await supervisor.getByRole('link', { name: /uutta vakavaa havaintoa/ }).click();
    await expect(supervisor.getByText(OBSERVATION)).toBeVisible();

    // The finding is on the child's timeline, as the child's workers read it.
    let found: string[] = [];
    for (const username of ['anna.sw', 'olli.sw']) {
      const workerContext = await browser.newContext();
      const worker = await workerContext.newPage();
      await signIn(worker, username);
      found = await timelineFindings(worker.request, child.childId);
      await workerContext.close();
      if (found.length > 0) break;
    }
    expect(found.some((text) => text.includes(OBSERVATION))).toBeTruthy();

    // The inspector sees what the placement requires, not the therapy notes or meeting minutes.
    const core = (await (await page.request.get(`/api/v1/children/${child.childId}`)).json()) as {
      teamId?: string;
      child?: { teamId: string };
    };
    const teamId = core.teamId ?? core.child?.teamId;
    expect((await page.request.get(`/api/v1/therapy-plans?childId=${child.childId}`)).status()).toBe(403);
    expect(
      (await page.request.get(`/api/v1/children/${child.childId}/timeline?kinds=meeting`)).status(),
    ).toBe(403);
    expect((await page.request.get(`/api/v1/meetings?teamId=${teamId}`)).status()).toBe(403);

    // Follow-up: the inspector closes the finding with evidence; it leaves the open findings.
    await page.goto('/findings');
    const open = page.getByRole('listitem').filter({ hasText: OBSERVATION });
    await open.getByRole('button', { name: 'Sulje havainto näytön perusteella' }).click();
    await open.getByLabel('Näyttö toimenpiteistä').fill('Turvalukko asennettu ikkunaan, kuitti nähty.');
    await open.getByRole('button', { name: 'Sulje havainto', exact: true }).click();
    await expect(page.getByText('Havainto suljettu.')).toBeVisible();
    await expect(page.getByText(OBSERVATION)).toHaveCount(0);

    // Planning: an overdue placement without a planned visit gets one from the planner.
    await page.goto('/visits');
    await page
      .getByRole('button', { name: /^Suunnittele käynti: / })
      .first()
      .click();
    const plan = page.getByRole('region', { name: 'Suunnittele käynti' });
    await plan.getByRole('radio', { name: 'Ennalta ilmoitettu' }).check();
    await plan.getByRole('button', { name: 'Suunnittele käynti', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Käynti suunniteltu' })).toBeVisible();

    await Promise.all([inspector.close(), supervisorContext.close()]);
  });
});
