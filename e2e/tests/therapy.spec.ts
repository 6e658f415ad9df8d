import { addCalendarDays } from '@keha/shared';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.js';
import { DEMO_PASSWORD, signIn } from '../support/auth.js';

/** Today in Finland, as the server dates records. */
const helsinkiToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', dateStyle: 'short' }).format(new Date());

const today = helsinkiToday();
const start = addCalendarDays(today, -60);

/** Answers every SCORE-15 item with one anchor word and every rating with one number; sends the form. */
async function answerScore15(page: Page, firstName: string, item: string, rating: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Kysely perheestäsi' })).toBeVisible();
  await expect(page.getByText(`Hei ${firstName}!`)).toBeVisible();
  // Nothing of the case: no navigation, no family name.
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByText('Korhonen')).toHaveCount(0);
  await page.getByRole('button', { name: 'Aloita' }).click();
  for (let n = 1; n <= 15; n++) {
    await expect(page.getByText(`Kysymys ${n}/20`)).toBeVisible();
    await page.getByRole('radio', { name: item, exact: true }).check();
    await page.getByRole('button', { name: 'Seuraava' }).click();
  }
  for (let n = 16; n <= 18; n++) {
    await expect(page.getByText(`Kysymys ${n}/20`)).toBeVisible();
    await page.getByRole('radio', { name: rating, exact: true }).check();
    await page.getByRole('button', { name: 'Seuraava' }).click();
  }
  await page.getByLabel('Kuvaile perhettäsi muutamalla sanalla.').fill('Väsynyt mutta sinnikäs');
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await page.getByRole('button', { name: 'Seuraava' }).click();
  await expect(page.getByRole('heading', { name: 'Tarkista vastauksesi' })).toBeVisible();
  await page.getByRole('button', { name: 'Lähetä vastaukset' }).click();
}

/** The therapist hands the device over for one family member on one date, then unlocks it. */
async function administer(
  page: Page,
  respondent: string,
  date: string,
  point: string,
  answers: [string, string],
) {
  await page.getByRole('button', { name: 'SCORE-15 tabletilla' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Mittauksen päivämäärä').fill(date);
  await dialog.getByLabel('Mittausajankohta').selectOption({ label: point });
  await dialog.getByLabel('Vastaaja').selectOption({ label: respondent });
  await dialog.getByRole('button', { name: 'Anna laite vastaajalle' }).click();
  await answerScore15(page, respondent.split(' ')[0]!, ...answers);

  // Locked: browser back shows neither the answers nor the plan.
  await expect(page.getByRole('heading', { name: 'Laite on lukittu' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Laite on lukittu' })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /Terapiasuunnitelma/ })).toHaveCount(0);
  await page.getByLabel('Terapeutin salasana').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Avaa lukitus' }).click();
  await expect(page.getByText('Vastaukset tallennettiin.')).toBeVisible();
  await page.getByRole('button', { name: 'Takaisin suunnitelmaan' }).click();
  await expect(page.getByRole('heading', { name: 'Terapiasuunnitelma: Korhonen (perhe)' })).toBeVisible();
}

async function logSession(page: Page, date: string, summary: string) {
  await page.getByRole('button', { name: 'Kirjaa tapaaminen' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tapaamisen päivämäärä').fill(date);
  // Once in CI the summary typed right after the date was gone before saving (under investigation,
  // see the issue-7 note); the test checks the value is in the field before it saves.
  const summaryBox = dialog.getByLabel('Yhteenveto');
  await expect(async () => {
    await summaryBox.fill(summary);
    await expect(summaryBox).toHaveValue(summary, { timeout: 1000 });
  }).toPass();
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(summary)).toBeVisible();
}

test.describe('family-therapy plans with SCORE-15', () => {
  test.describe.configure({ mode: 'serial' });
  let planUrl = '';

  test('the therapist makes a plan, logs two sessions and measures two family members twice', async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(180_000);
    await signIn(page, 'sari.therapist');
    await page.getByRole('link', { name: 'Perheterapia' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Perheterapia' })).toBeVisible();
    await page.getByRole('button', { name: 'Uusi terapiasuunnitelma' }).click();
    await page.getByLabel('Hae jotakin perheen lapsista').fill('Aino');
    await page.getByRole('link', { name: 'Uusi suunnitelma: Aino Korhonen ja perhe' }).click();

    await expect(page.getByText('Perhe: Korhonen (perhe)')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Eetu Korhonen' }).check();
    await page.getByLabel('Alkamispäivä').fill(start);
    const referral = page.getByRole('group', { name: 'Lähetekysymys' });
    await referral.getByLabel('Perheen sanoin').fill('Kotona riidellään joka ilta.');
    await referral.getByLabel('Työntekijän sanoin').fill('Vanhempien riidat kuormittavat lapsia.');
    const focus = page.getByRole('group', { name: 'Sovittu työskentelyn kohde' });
    await focus.getByLabel('Perheen sanoin').fill('Puhutaan ilman huutamista.');
    await focus.getByLabel('Työntekijän sanoin').fill('Kehämäiset riidat ja niiden katkaiseminen.');
    await page.getByRole('button', { name: 'Lisää Katja Korhonen' }).click();
    await page.getByRole('button', { name: 'Lisää Jari Korhonen' }).click();
    await page.getByRole('button', { name: 'Lisää tavoite' }).click();
    await page.getByLabel('Tavoite 1', { exact: true }).fill('Riidat eivät kärjisty huutamiseksi.');
    await page.getByLabel('Tavoite 1: arviointipäivä').fill(addCalendarDays(today, 30));
    await page.getByRole('checkbox', { name: 'Sukupuutyöskentely' }).check();
    await page.getByRole('button', { name: 'Luo suunnitelma (luonnos)' }).click();

    await expect(page.getByRole('heading', { name: 'Terapiasuunnitelma: Korhonen (perhe)' })).toBeVisible();
    planUrl = new URL(page.url()).pathname;
    const workflow = page.getByRole('region', { name: 'Työn vaihe' });
    await expect(workflow.getByText('Luonnos').first()).toBeVisible();
    await workflow.getByRole('button', { name: 'Käynnistä suunnitelma' }).click();
    await expect(workflow.getByText('Käynnissä').first()).toBeVisible();
    await expectNoAxeViolations();

    await logSession(page, start, 'Ensimmäinen tapaaminen: sukupuu piirrettiin yhdessä.');
    await logSession(page, addCalendarDays(start, 14), 'Toinen tapaaminen: kehämäiset kysymykset.');
    await expect(page.getByRole('heading', { name: /^Tapaaminen 2,/ })).toBeVisible();

    const baseline = 'Alkumittaus (ensimmäinen tapaaminen)';
    await administer(page, 'Katja Korhonen', start, baseline, ['Kuvaa meitä osittain', '8']);
    await administer(page, 'Jari Korhonen', start, baseline, ['Kuvaa meitä osittain', '6']);
    await administer(page, 'Katja Korhonen', today, 'Noin 4. tapaaminen', ['Kuvaa meitä huonosti', '5']);
    await administer(page, 'Jari Korhonen', today, 'Noin 4. tapaaminen', ['Kuvaa meitä hyvin', '7']);

    // Both trend lines, each member on their own (never a family average), read from the data table.
    const results = page.getByRole('region', { name: 'SCORE-15-tulokset' });
    await results.getByRole('button', { name: 'Näytä taulukkona: Kokonaispistemäärä' }).click();
    const table = results.getByRole('table', { name: 'Kokonaispistemäärä' });
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(4);
    await expect(table.getByRole('rowheader')).toHaveText(['Jari Korhonen', 'Katja Korhonen']);
    // Each member's values follow their name: baseline, then the latest.
    await expect(table).toContainText(/Jari Korhonen[^]*?3,00[^]*?3,33/);
    await expect(table).toContainText(/Katja Korhonen[^]*?3,00[^]*?2,67/);
    await expect(results.locator('canvas')).toHaveCount(7);
    await expectNoAxeViolations();
  });

  test('a team member reads the plan and comments; the child page shows its deadlines', async ({ page }) => {
    await signIn(page, 'anna.sw');
    await page.getByRole('link', { name: 'Perheterapia' }).click();
    await page
      .getByRole('region', { name: 'Tiimieni perheiden terapiasuunnitelmat' })
      .getByRole('link', { name: 'Korhonen (perhe)' })
      .click();
    await expect(page.getByRole('heading', { name: 'Terapiasuunnitelma: Korhonen (perhe)' })).toBeVisible();
    await expect(page.getByText('Toinen tapaaminen: kehämäiset kysymykset.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Kirjaa tapaaminen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Käynnistä suunnitelma' })).toHaveCount(0);
    await page.getByLabel('Kommenttisi').fill('Koulun kuulumiset kannattaa ottaa mukaan.');
    await page.getByRole('button', { name: 'Lisää kommentti' }).click();
    await expect(page.getByText('Koulun kuulumiset kannattaa ottaa mukaan.')).toBeVisible();

    await page.getByRole('link', { name: 'Aino Korhonen' }).click();
    const therapy = page.getByRole('region', { name: 'Perheterapia' });
    await expect(therapy.getByRole('link', { name: 'Terapiasuunnitelma: Korhonen (perhe)' })).toBeVisible();
    await expect(therapy.getByText(/SCORE-15-mittaus: Alkumittaus/)).toBeVisible();
  });

  test('a worker from another team cannot open the plan', async ({ page }) => {
    expect(planUrl).not.toBe('');
    await signIn(page, 'olli.sw');
    await page.goto(planUrl);
    await expect(page.getByRole('heading', { name: 'Terapiasuunnitelmaa ei voi avata' })).toBeVisible();
    await expect(page.getByText('Kotona riidellään joka ilta.')).toHaveCount(0);
    await expect(page.getByText('Korhonen')).toHaveCount(0);
  });
});

test.describe('SCORE-15 tablet mode', () => {
  test('@tablet the form is in the respondent’s language, with large touch targets, usable by keyboard', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await signIn(page, 'sari.therapist');
    await page.goto('/therapy'); // on a tablet the navigation is folded away
    await page
      .getByRole('region', { name: 'Omat terapiasuunnitelmani' })
      .getByRole('link', { name: 'Lindqvist (perhe)' })
      .click();
    await page.getByRole('button', { name: 'SCORE-15 tabletilla' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mittausajankohta').selectOption({ label: 'Seurantamittaus' });
    await dialog.getByLabel('Vastaaja').selectOption({ label: 'Katja Lindqvist' });
    await dialog.getByLabel('Lomakkeen kieli').selectOption({ label: 'Svenska' });
    await dialog.getByRole('button', { name: 'Anna laite vastaajalle' }).click();

    // Swedish for the respondent while the therapist's UI stays Finnish.
    await expect(page.getByText('Hej Katja!')).toBeVisible();
    await expect(page.getByText('Lindqvist')).toHaveCount(0);
    await expectNoAxeViolations();
    await page.getByRole('button', { name: 'Börja' }).click();
    await expect(page.getByText('Fråga 1 av 20')).toBeVisible();
    for (const target of await page.locator('label.choice').all())
      expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(48);
    for (const name of ['Föregående', 'Nästa'])
      expect((await page.getByRole('button', { name }).boundingBox())!.height).toBeGreaterThanOrEqual(48);

    // Keyboard: focus starts on the question; Tab reaches the choices, arrow keys choose.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'Beskriver oss mycket bra', exact: true })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Beskriver oss bra', exact: true })).toBeChecked();
    await expectNoAxeViolations();

    // Stopping locks the device too; nothing is saved.
    await page.getByRole('button', { name: 'Föregående' }).click();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect(page.getByRole('heading', { name: 'Laite on lukittu' })).toBeVisible();
    await page.getByLabel('Terapeutin salasana').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Avaa lukitus' }).click();
    await expect(page.getByText('Mitään ei tallennettu.')).toBeVisible();
    await page.getByRole('button', { name: 'Takaisin suunnitelmaan' }).click();
    await expect(page.getByRole('heading', { name: 'Terapiasuunnitelma: Lindqvist (perhe)' })).toBeVisible();
  });
});
