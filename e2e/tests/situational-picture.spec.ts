import { addWorkingDays } from '@keha/shared';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.js';
import { signIn } from '../support/auth.js';

/** Today in Finland, as the server counts statutory deadlines. */
const helsinkiToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', dateStyle: 'short' }).format(new Date());

/** A calendar date the way the Finnish UI shows it (27.11.2026). */
const finnishDate = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number);
  return `${d}.${m}.${y}`;
};

async function openChild(page: Page, firstName: string): Promise<string> {
  await page.goto('/children');
  await page.getByLabel('Hae nimellä tai henkilötunnuksella').fill(firstName);
  await page
    .getByRole('link', { name: new RegExp(firstName) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(firstName) })).toBeVisible();
  return page.url().split('/children/')[1]!;
}

test.describe('the situational picture', () => {
  test('a worker adds a notification and sees the 7-working-day deadline with the right date', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await signIn(page, 'anna.sw');
    await openChild(page, 'Aino');
    await expectNoAxeViolations();

    const today = helsinkiToday();
    await page.getByRole('button', { name: 'Kirjaa tapahtuma' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Tapahtuma' }).click();
    await page.getByRole('option', { name: 'Lastensuojeluilmoitus vastaanotettu' }).click();
    await dialog.getByLabel('Päivämäärä').fill(today);
    await dialog.getByRole('combobox', { name: 'Ilmoittaja' }).click();
    await page.getByRole('option', { name: 'Koulu', exact: true }).click();
    await dialog
      .getByLabel('Ilmoituksen sisältö')
      .fill('Opettaja kertoi huolesta: lapsi on väsynyt ja nälkäinen.');
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    await expect(dialog).toBeHidden();

    const deadlines = page.getByRole('region', { name: 'Lakisääteiset määräajat' });
    const sevenDays = deadlines
      .getByRole('listitem')
      .filter({ hasText: 'Palvelutarpeen arvioinnin aloittaminen viimeistään 7. arkipäivänä' })
      .filter({ hasText: `määräpäivä ${finnishDate(addWorkingDays(today, 7))}` });
    await expect(sevenDays).toBeVisible();
    // The event is on the timeline, newest first.
    await expect(
      page.getByRole('region', { name: 'Aikajana' }).getByText('Lastensuojeluilmoitus vastaanotettu').first(),
    ).toBeVisible();
  });

  test("a worker edits the genogram and records the child's view", async ({ page }) => {
    await signIn(page, 'anna.sw');
    await openChild(page, 'Eetu');

    const genogram = page.getByRole('img', { name: /sukupuu/i });
    await expect(genogram).toBeVisible();
    await page.getByRole('button', { name: 'Lisää henkilö', exact: true }).click();
    const person = page.getByRole('dialog');
    await person.getByLabel('Etunimi').fill('Serkku');
    await person.getByLabel('Sukunimi').fill('Virta');
    await person.getByRole('button', { name: 'Tallenna' }).click();
    await expect(person).toBeHidden();
    await expect(genogram.getByText('Serkku')).toBeVisible();

    await page.getByRole('button', { name: 'Kirjaa lapsen näkemys' }).click();
    const view = page.getByRole('dialog');
    await view.getByLabel('Päivämäärä').fill(helsinkiToday());
    await view.getByRole('radio', { name: 'Kyllä' }).check();
    await view.getByRole('combobox', { name: 'Miten näkemys selvitettiin' }).click();
    await page.getByRole('option', { name: 'Keskustelu lapsen kanssa kahden kesken' }).click();
    await view.getByLabel('Lapsen sanat').fill('Haluan että isä tulee katsomaan mun peliä.');
    await view.getByLabel('Vaikutus päätöksiin').fill('Isän tapaamiset kirjataan suunnitelmaan.');
    await view.getByRole('button', { name: 'Tallenna' }).click();
    await expect(view).toBeHidden();
    await expect(
      page
        .getByRole('region', { name: 'Lapsen näkemys' })
        .getByText('Haluan että isä tulee katsomaan mun peliä.'),
    ).toBeVisible();
  });

  test('a worker from another team cannot open the child', async ({ browser }) => {
    const anna = await browser.newPage();
    await signIn(anna, 'anna.sw');
    const childId = await openChild(anna, 'Linnea');

    const olli = await (await browser.newContext()).newPage();
    await signIn(olli, 'olli.sw');
    await olli.goto(`/children/${childId}`);
    // Instead of the record: the reason dialog for break-the-glass access, nothing of the child.
    // The reason dialog opens by itself; while it is open the page behind it is inert.
    await expect(olli.getByRole('dialog', { name: 'Avaa tiedot perustelulla' })).toBeVisible();
    await expect(olli.getByText('Lindqvist')).toHaveCount(0);
    await expect(olli.getByRole('region', { name: 'Lakisääteiset määräajat' })).toHaveCount(0);
  });
});
