/**
 * "The page becomes interactive in under 1 s on the built app": system Chromium through playwright-core
 * against the server that serves dist/client/browser. Signs in through the login page, then loads
 * /children/<id> (a full navigation: the app boots, resolves the session, fetches picture and timeline)
 * and takes the time from navigation start until the child's name heading and the first timeline row
 * are both visible, measured in the page itself on the animation frame that shows them.
 */
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';

/** The selectors of the child page (client/src/app/features/children): header h1, first timeline row. */
const HEADING = 'app-child-header h1';
const FIRST_ROW = 'app-timeline li.item';

export interface PageTimes {
  /** First load with an empty browser cache (the app's scripts downloaded). */
  coldMs: number;
  /** The measured loads with the scripts cached, ms from navigation start. */
  samples: number[];
}

/** Ms from navigation start until the heading and the first timeline row are both on screen. */
async function timeToShown(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const shown = await page.waitForFunction(
    ([heading, row]) => {
      // Runs in the page (this workspace compiles without the DOM types).
      const { document } = globalThis as unknown as {
        document: {
          querySelector(
            s: string,
          ): { getBoundingClientRect(): { height: number }; textContent: string | null } | null;
        };
      };
      const visible = (selector: string) => {
        const el = document.querySelector(selector);
        return el !== null && el.getBoundingClientRect().height > 0 && (el.textContent ?? '').trim() !== '';
      };
      return visible(heading) && visible(row) ? performance.now() : null;
    },
    [HEADING, FIRST_ROW] as const,
    { polling: 'raf' },
  );
  return (await shown.jsonValue()) as number;
}

export function browserPath(): string | null {
  const candidates = [process.env['CHROME_BIN'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

/** System Chromium, quiet: no background traffic or updates to disturb the timings. */
export async function launchBenchBrowser() {
  const executablePath = browserPath();
  if (!executablePath) throw new Error('No Chromium found (set CHROME_BIN).');
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      '--no-first-run',
    ],
  });
  return browser;
}

export async function measureChildPage(options: {
  base: string;
  username: string;
  password: string;
  childIds: readonly string[];
}): Promise<PageTimes> {
  const browser = await launchBenchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'fi-FI' });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${options.base}/login`);
    await page.getByLabel('Käyttäjätunnus').fill(options.username);
    await page.getByLabel('Salasana').fill(options.password);
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    // A new context has an empty cache: its first load downloads the app's scripts again.
    const coldContext = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'fi-FI' });
    await coldContext.addCookies(await context.cookies());
    const coldMs = await timeToShown(
      await coldContext.newPage(),
      `${options.base}/children/${options.childIds[0]}`,
    );
    await coldContext.close();
    const samples: number[] = [];
    for (const id of options.childIds.slice(1))
      samples.push(await timeToShown(page, `${options.base}/children/${id}`));
    return { coldMs, samples };
  } finally {
    await browser.close();
  }
}
