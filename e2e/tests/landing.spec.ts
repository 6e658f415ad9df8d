import { expect, test } from '../support/fixtures.js';

test.describe('the landing page', () => {
  test('shows in Finnish by default that the API and the database are reachable', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
    await expect(page.getByRole('heading', { name: 'Tervetuloa Kehään' })).toBeVisible();
    const status = page.locator('mat-card', { has: page.getByRole('heading', { name: 'Palvelimen tila' }) });
    await expect(status.getByText('Toiminnassa')).toBeVisible();
    await expect(status.getByText('Sulautettu tietokanta')).toBeVisible();
    await expectNoAxeViolations();
  });

  test('switches language and remembers the choice across a reload', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /Vaihda kieltä/ }).click();
    await page.getByRole('menuitemradio', { name: 'Svenska' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await page.getByRole('button', { name: /Byt språk|språk/i }).click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Welcome to Kehä' })).toBeVisible();
  });

  test('serves deep links through the SPA fallback', async ({ page }) => {
    const response = await page.goto('/some/deep/link');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('navigation', { name: 'Päänavigaatio' })).toBeVisible();
  });

  test('works on a tablet-sized screen @tablet', async ({ page }) => {
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Tervetuloa Kehään' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Valikko' })).toBeVisible();
  });
});
