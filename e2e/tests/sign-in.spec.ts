import { expect, test } from '../support/fixtures.js';
import { DEMO_PASSWORD, signIn } from '../support/auth.js';

test.describe('signing in', () => {
  test('a wrong password and an unknown user get the same message', async ({ page }) => {
    for (const username of ['anna.sw', 'nobody.here']) {
      await page.goto('/login');
      await page.getByLabel('Käyttäjätunnus').fill(username);
      await page.getByLabel('Salasana').fill('not-the-password-123');
      await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
      await expect(page.getByRole('alert')).toHaveText(/Väärä käyttäjätunnus tai salasana/);
    }
  });

  test('a social worker signs in, sees their name, and signs out', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await signIn(page, 'anna.sw', DEMO_PASSWORD);
    const userMenu = page.getByRole('button', { name: /Anna Virtanen/ });
    await expect(userMenu).toBeVisible();
    await expectNoAxeViolations();
    await userMenu.click();
    await page.getByRole('menuitem', { name: /Kirjaudu ulos$/ }).click();
    await expect(page).toHaveURL(/\/login/);
    const me = await page.request.get('/api/v1/auth/me');
    expect(me.status()).toBe(401);
  });

  test('a page behind sign-in sends an anonymous visitor to the login page and back', async ({ page }) => {
    await page.goto('/account/security');
    await expect(page).toHaveURL(/\/login\?returnUrl=/);
    await page.getByLabel('Käyttäjätunnus').fill('anna.sw');
    await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await expect(page).toHaveURL(/\/account\/security/);
  });
});
