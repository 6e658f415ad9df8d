import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.js';
import { signIn } from '../support/auth.js';

/** Today in Finland (the meeting's date; any date would do). */
const helsinkiToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', dateStyle: 'short' }).format(new Date());

const QUESTION = 'E2E: miten Ainon oma ääni kuuluu arjessa?';
const LINNEA_QUESTION = 'E2E: mitä Linnea toivoo perheterapialta?';
const ACTION = 'Kutsu mummo verkostokokoukseen';

async function member(browser: Browser, username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username);
  return { context, page };
}

const notes = (page: Page) => page.getByRole('textbox', { name: 'Muistiinpanot', exact: true });
const status = (page: Page) => page.locator('app-connection-status [role="status"]');

test.describe('weekly team meeting with shared notes', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the team writes together, offline edits merge, the coordinator finalises, another team cannot join', async ({
    browser,
    page,
    expectNoAxeViolations,
  }) => {
    await signIn(page, 'mikko.lead');
    const mikko = { context: page.context(), page };
    const anna = await member(browser, 'anna.sw');

    // The team lead plans the meeting: attendees, the urgent round, two families.
    await mikko.page.getByRole('link', { name: 'Tiimikokoukset' }).click();
    await mikko.page.getByRole('link', { name: 'Uusi kokous' }).click();
    await mikko.page.getByLabel('Päivämäärä').fill(helsinkiToday());
    await mikko.page.getByRole('checkbox', { name: 'Anna Virtanen' }).check();
    await mikko.page.getByLabel('Henkilön Anna Virtanen rooli').selectOption({ label: 'Esittelijä' });
    await mikko.page.getByRole('checkbox', { name: 'Tiina Heikkinen' }).check();
    await mikko.page.getByLabel('Henkilön Tiina Heikkinen rooli').selectOption({ label: 'Koordinaattori' });
    for (const [child, presenter, question] of [
      ['Aino', 'Anna Virtanen', QUESTION],
      ['Linnea', 'Mikko Laine', LINNEA_QUESTION],
    ] as const) {
      await mikko.page.getByRole('button', { name: 'Lisää käsiteltävä perhe' }).click();
      const family = mikko.page.getByRole('region', { name: /^Perhe \d$/ }).last();
      const option = family.getByRole('option', { name: new RegExp(`^${child} `) });
      await family.getByLabel('Käsiteltävät lapset').selectOption(await option.getAttribute('value'));
      await family.getByLabel('Esittelevä työntekijä').selectOption({ label: presenter });
      await family.getByLabel('Kysymys tiimille').fill(question);
    }
    await mikko.page.getByRole('button', { name: 'Luo kokous' }).click();
    await expect(mikko.page.getByText(QUESTION)).toBeVisible();
    const roomUrl = mikko.page.url();
    expect(roomUrl).toMatch(/\/meetings\/[0-9a-f]{24}$/);
    await expect(status(mikko.page)).toHaveText(/Yhteys kunnossa/);

    // Anna opens the same room; both type into the same notes at once.
    await anna.page.goto(roomUrl);
    await expect(status(anna.page)).toHaveText(/Yhteys kunnossa/);
    await expect(anna.page.getByRole('list', { name: 'Paikalla nyt' })).toContainText('Mikko Laine');
    await notes(anna.page).click();
    await notes(mikko.page).click();
    await Promise.all([
      notes(anna.page).pressSequentially('Anna kirjoittaa. ', { delay: 15 }),
      notes(mikko.page).pressSequentially('Mikko kirjoittaa. ', { delay: 15 }),
    ]);
    for (const page of [anna.page, mikko.page]) {
      await expect(notes(page)).toContainText('Anna kirjoittaa.');
      await expect(notes(page)).toContainText('Mikko kirjoittaa.');
    }
    // Each sees the other's caret and where they are typing.
    await expect(anna.page.locator('.collaboration-carets__label', { hasText: 'Mikko Laine' })).toBeVisible();
    await expect(
      mikko.page.locator('.collaboration-carets__label', { hasText: 'Anna Virtanen' }),
    ).toBeVisible();
    await expect(mikko.page.getByText('Anna Virtanen kirjoittaa tähän')).toBeVisible();
    await expectNoAxeViolations();

    // The urgent round can be pulled again; coming back to the family shows the same shared notes.
    const agenda = mikko.page.getByRole('navigation', { name: 'Asialista' });
    await agenda.getByRole('button', { name: 'Kiireellisten kierros' }).click();
    await mikko.page.getByRole('button', { name: 'Hae kiireelliset uudelleen' }).click();
    await expect(
      mikko.page
        .getByRole('list', { name: 'Kiireellisten kierros' })
        .or(mikko.page.getByText('Ei kiireellisiä')),
    ).toBeVisible();
    // The draft's agenda is edited: a new item; the families keep their notes.
    await mikko.page.getByRole('link', { name: 'Muokkaa asialistaa' }).click();
    await expect(mikko.page.getByLabel('Kysymys tiimille').first()).toHaveValue(QUESTION);
    await mikko.page.getByLabel('Muu asia (valinnainen)').fill('E2E: koulutuspäivä');
    await mikko.page.getByRole('button', { name: 'Tallenna asialista' }).click();
    await expect(agenda.getByRole('button', { name: 'E2E: koulutuspäivä' })).toBeVisible();
    // Anna, already in the room, sees the new agenda without reopening it.
    await expect(
      anna.page
        .getByRole('navigation', { name: 'Asialista' })
        .getByRole('button', { name: 'E2E: koulutuspäivä' }),
    ).toBeVisible();
    await agenda.getByRole('button', { name: /^Aino/ }).click();
    await expect(notes(mikko.page)).toContainText('Anna kirjoittaa.');
    await expect(status(mikko.page)).toHaveText(/Yhteys kunnossa/);
    await notes(mikko.page).click();

    // Anna loses the network, keeps typing; Mikko types too; she comes back and everything merges.
    await anna.context.setOffline(true);
    await expect(status(anna.page)).toHaveText(/Ei yhteyttä – muutoksesi säilyvät/);
    await notes(anna.page).press('End');
    await notes(anna.page).pressSequentially('Verkotta kirjoitettu lause. ', { delay: 10 });
    await expect(status(anna.page)).toHaveText(/odottaa tallennusta/);
    await notes(mikko.page).press('End');
    await notes(mikko.page).pressSequentially('Mikko jatkaa. ', { delay: 10 });
    await expect(notes(mikko.page)).not.toContainText('Verkotta kirjoitettu lause.');
    await anna.context.setOffline(false);
    await expect(status(anna.page)).toHaveText(/Yhteys kunnossa/, { timeout: 30_000 });
    for (const page of [anna.page, mikko.page]) {
      await expect(notes(page)).toContainText('Verkotta kirjoitettu lause.');
      await expect(notes(page)).toContainText('Mikko jatkaa.');
    }

    // A reload in the middle of typing keeps what was typed (IndexedDB until the server's ack).
    await anna.context.setOffline(true);
    await expect(status(anna.page)).toHaveText(/Ei yhteyttä/);
    await notes(anna.page).press('End');
    await notes(anna.page).pressSequentially('Ennen uudelleenlatausta.', { delay: 10 });
    await anna.context.setOffline(false);
    await anna.page.reload();
    await expect(notes(anna.page)).toContainText('Ennen uudelleenlatausta.');
    await expect(notes(mikko.page)).toContainText('Ennen uudelleenlatausta.', { timeout: 30_000 });

    // Structured sections are shared live and show who changed them.
    await anna.page.getByLabel('Uusi hypoteesi').fill('Äidin väsymys näkyy Ainon poissaoloina.');
    await anna.page.getByRole('button', { name: 'Lisää hypoteesi' }).click();
    await expect(mikko.page.getByRole('textbox', { name: 'Hypoteesi', exact: true }).last()).toHaveValue(
      'Äidin väsymys näkyy Ainon poissaoloina.',
    );
    await expect(mikko.page.getByText('Muuttanut Anna Virtanen').first()).toBeVisible();
    // Mikko refines it: Anna sees the text as it is typed (he has not left the field) and who changed it.
    const hypothesis = mikko.page.getByRole('textbox', { name: 'Hypoteesi', exact: true }).last();
    await hypothesis.click();
    await hypothesis.press('End');
    await hypothesis.pressSequentially(' Isä tukee arjessa.', { delay: 20 });
    await expect(anna.page.getByRole('textbox', { name: 'Hypoteesi', exact: true }).last()).toHaveValue(
      'Äidin väsymys näkyy Ainon poissaoloina. Isä tukee arjessa.',
    );
    await expect(hypothesis).toBeFocused();
    await expect(anna.page.locator('app-hypotheses-section .entries li').last()).toContainText(
      'Muuttanut Mikko Laine',
    );
    const add = mikko.page.locator('app-action-points-section form');
    await add.getByLabel('Uusi toimenpide').fill(ACTION);
    await add.getByLabel('Vastuuhenkilö').selectOption({ label: 'Anna Virtanen' });
    await add.getByLabel('Määräpäivä').fill(helsinkiToday());
    await add.getByRole('button', { name: 'Lisää toimenpide' }).click();
    await expect(anna.page.getByRole('textbox', { name: 'Toimenpide', exact: true })).toHaveValue(ACTION);

    // Another team's worker cannot join.
    const olli = await member(browser, 'olli.sw');
    await olli.page.goto(roomUrl);
    await expect(
      olli.page.getByText('Et ole kokouksen tiimin jäsen, joten et voi liittyä kokoukseen.'),
    ).toBeVisible();
    await expect(notes(olli.page)).toHaveCount(0);
    await olli.context.close();

    // The coordinator finalises: read-only minutes for everyone.
    const tiina = await member(browser, 'tiina.coord');
    await tiina.page.goto(roomUrl);
    await expect(notes(tiina.page)).toContainText('Ennen uudelleenlatausta.');
    await tiina.page.getByRole('button', { name: 'Viimeistele kokous' }).click();
    await tiina.page.getByRole('button', { name: 'Viimeistele nyt' }).click();
    await expect(tiina.page).toHaveURL(/\/minutes$/);
    await expect(tiina.page.getByText('Verkotta kirjoitettu lause.')).toBeVisible();
    await expect(tiina.page.getByText(ACTION)).toBeVisible();
    await expect(tiina.page.getByRole('link', { name: 'Suomi' }).first()).toHaveAttribute(
      'href',
      /minutes\.pdf\?lang=fi/,
    );
    await expect(anna.page.getByText('Kokous on viimeistelty')).toBeVisible();
    await expect(notes(anna.page)).toHaveAttribute('contenteditable', 'false');

    // The minutes are on each child's timeline, the action point is a task on Aino.
    for (const [child, question] of [
      ['Aino', QUESTION],
      ['Linnea', LINNEA_QUESTION],
    ] as const) {
      await anna.page.goto('/children');
      await anna.page.getByLabel('Hae nimellä tai henkilötunnuksella').fill(child);
      await anna.page
        .getByRole('link', { name: new RegExp(child) })
        .first()
        .click();
      await expect(anna.page.getByRole('heading', { level: 1, name: new RegExp(child) })).toBeVisible();
      await expect(anna.page.getByRole('region', { name: 'Aikajana' }).getByText(question)).toBeVisible();
      if (child === 'Aino')
        await expect(anna.page.locator('section[aria-labelledby="tasks-heading"]')).toContainText(ACTION);
    }
    for (const c of [anna, tiina]) await c.context.close();
  });
});
