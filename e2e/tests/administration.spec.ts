import { expect, test } from '../support/fixtures.js';
import { signIn } from '../support/auth.js';

test.describe('administration', () => {
  test('the administrator creates a user who can then sign in, and sees no client data', async ({
    page,
    browser,
    expectNoAxeViolations,
  }) => {
    await signIn(page, 'admin');
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { name: 'Käyttäjät' })).toBeVisible();
    await expect(page.getByRole('row', { name: /anna\.sw/ })).toBeVisible();
    await expectNoAxeViolations();

    await page.getByRole('button', { name: 'Uusi käyttäjä' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Käyttäjätunnus').fill('e2e.worker');
    await dialog.getByLabel('Nimi').fill('Testi Työntekijä');
    await dialog.getByLabel('Ensimmäinen salasana').fill('Kuusi-kirjainta-2026');
    await dialog.getByRole('checkbox', { name: 'Sosiaalityöntekijä', exact: true }).check();
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: /e2e\.worker/ })).toBeVisible();

    // Administrators manage accounts but see no client data.
    expect((await page.request.get('/api/v1/children')).status()).toBe(403);

    const newcomerContext = await browser.newContext();
    const newcomer = await newcomerContext.newPage();
    await signIn(newcomer, 'e2e.worker', 'Kuusi-kirjainta-2026');
    await expect(newcomer.getByRole('button', { name: /Testi Työntekijä/ })).toBeVisible();
    await newcomerContext.close();
  });

  test('a social worker cannot open the administration', async ({ page }) => {
    await signIn(page, 'anna.sw');
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { name: 'Käyttäjät' })).toHaveCount(0);
    expect((await page.request.get('/api/v1/admin/users')).status()).toBe(403);
  });
});
