import fs from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.js';
import { signIn } from '../support/auth.js';

/** Today in Finland, as the server counts statutory deadlines. */
const helsinkiToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', dateStyle: 'short' }).format(new Date());

const ASSESSMENT_RULE = 'Arviointi valmis 3 kuukaudessa (SHL 36 §)';

interface DrillRow {
  childId: string;
  name: string;
  workerName: string;
}

/** The overdue cell of the 3-month assessment rule in the deadlines-by-rule table. */
function overdueAssessments(page: Page): Locator {
  return page
    .getByRole('table', { name: 'Avoimet määräajat säännöittäin' })
    .getByRole('row', { name: new RegExp(ASSESSMENT_RULE.replace(/[()§]/g, '.')) })
    .getByRole('cell')
    .first();
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

test.describe('supervisor dashboards', () => {
  test('the supervisor sees the worker at the cap and the overdue deadlines, drills down, exports CSV, and the dashboard follows a worker live', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const supervisorContext = await browser.newContext();
    const page = await supervisorContext.newPage();
    await signIn(page, 'johanna.supervisor');

    // Caseloads: laura.sw (team 2) carries exactly the cap of 30 and is flagged.
    await page.getByRole('link', { name: 'Valvonta' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Valvonnan näkymät' })).toBeVisible();
    const laura = page
      .getByRole('table', { name: 'Lapset (0-17 v) työntekijöittäin' })
      .getByRole('row', { name: /Laura Söderberg/ });
    await expect(laura).toContainText('(rajalla tai yli)');
    await expect(laura.getByRole('cell').first()).toHaveText('30');
    await expect(page.getByRole('img', { name: /Pylväskaavio: lapset työntekijöittäin/ })).toBeVisible();
    await expectNoAxeViolations(page);

    // Deadlines: the overdue 3-month assessments of the demo data, by rule.
    await page.getByRole('tab', { name: 'Määräajat' }).click();
    const overdue = overdueAssessments(page);
    await expect(overdue).toHaveText(/^\s*[1-9]\d*\s*$/);
    const before = Number((await overdue.textContent())!.trim());

    // Drill-down: the children behind the number, by name; one of them is anna.sw's.
    await overdue.getByRole('button').click();
    const drill = page.getByRole('region', { name: 'Lapset, joilla on myöhässä oleva määräaika' });
    await expect(drill.getByRole('row')).toHaveCount(before + 1);
    const listed = (await (
      await page.request.get('/api/v1/dashboard/children?kind=overdue&ruleId=assessment-complete-3-months')
    ).json()) as { items: DrillRow[] };
    const annas = listed.items.find((i) => i.workerName === 'Anna Virtanen')!;
    await expect(drill.getByRole('link', { name: annas.name })).toHaveAttribute(
      'href',
      `/children/${annas.childId}`,
    );

    // CSV of the view on screen: counts by rule, no child.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Lataa CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^dashboard-deadlines-\d{4}-\d{2}-\d{4}-\d{2}\.csv$/);
    const csv = await fs.readFile((await download.path())!, 'utf8');
    expect(csv).toContain(`assessment-complete-3-months;${before};`);
    expect(csv).not.toContain(annas.name);

    // Another browser: anna.sw completes the overdue assessment on the child's page.
    const workerContext = await browser.newContext();
    const worker = await workerContext.newPage();
    await signIn(worker, 'anna.sw');
    await worker.goto(`/children/${annas.childId}`);
    await expect(
      worker.getByRole('heading', { level: 1, name: new RegExp(annas.name.split(' ')[0]!) }),
    ).toBeVisible();
    await worker.getByRole('button', { name: 'Kirjaa tapahtuma' }).click();
    const dialog = worker.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Tapahtuma' }).click();
    await worker.getByRole('option', { name: 'Palvelutarpeen arviointi valmistunut' }).click();
    await dialog.getByLabel('Päivämäärä').fill(helsinkiToday());
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    await expect(dialog).toBeHidden();

    // The supervisor's dashboard follows without a reload: one fewer overdue, the child off the list.
    await expect(overdue).toHaveText(String(before - 1));
    await expect(drill.getByRole('link', { name: annas.name })).toHaveCount(0);
    await expect(drill.getByRole('row')).toHaveCount(before);

    // A name opens the child's page (a supervisor is asked for the reason first).
    await drill.getByRole('link').first().click();
    await expect(page).toHaveURL(/\/children\/[a-f0-9]{24}$/);
    await expect(page.getByRole('dialog')).toBeVisible();

    await workerContext.close();
    await supervisorContext.close();
  });
});
