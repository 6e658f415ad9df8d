/**
 * "The visit form loads offline from the service-worker cache in under 1 s on a mid-range tablet
 * profile": the built app in system Chromium (playwright-core), the inspector signed in through the
 * login page on a tablet viewport; a due visit opened once online (the service worker installs and
 * caches the app, the form keeps the visit and its checklist in IndexedDB); then the context goes
 * offline, the CPU is slowed 4x (CDP `Emulation.setCPUThrottlingRate`, Lighthouse's mid-range mobile
 * factor) and the page is reloaded N times. Each load is timed in the page, from navigation start to
 * the animation frame on which the checklist is on screen with an enabled input.
 */
import type { Page } from 'playwright-core';
import { launchBenchBrowser } from '../browser-timing.js';

/** Where a load's time went, ms from navigation start (Navigation and Paint Timing). */
export interface LoadPhases {
  /** The document from the service worker. */
  documentMs: number;
  /** Scripts parsed and run up to DOMContentLoaded. */
  domContentLoadedMs: number;
  firstContentfulPaintMs: number;
  /** The whole form on screen: the signature section (the last one) and every checklist group. */
  wholeFormMs: number;
}

export interface OfflineFormTimes {
  /** Every offline reload, in order (the first is the first load without a network). */
  samples: number[];
  phases: LoadPhases[];
  cpuThrottling: number;
  viewport: { width: number; height: number };
  servedByServiceWorker: boolean;
}

const CHECKLIST = 'app-checklist-section section';
/** The last section of the form (rendered a frame after the first screen, like the checklist's later groups). */
const SIGNATURE = 'app-visit-form-page section.sign';
/** The page's service worker container (this workspace compiles without the DOM types). */
type WithServiceWorker = { navigator: { serviceWorker: { ready: Promise<unknown>; controller: unknown } } };
const VIEWPORT = { width: 820, height: 1180 };
export const CPU_THROTTLING = 4;

/**
 * Ms from navigation start until the checklist is visible and one of its inputs is enabled, and until
 * the whole form is (the signature section visible and the checklist with all its groups).
 */
async function timeToInteractive(page: Page, groups: number): Promise<{ shown: number; whole: number }> {
  await page.reload({ waitUntil: 'commit' });
  const shown = await page.waitForFunction(
    (selector) => {
      // Runs in the page (this workspace compiles without the DOM types).
      const { document } = globalThis as unknown as {
        document: {
          querySelector(s: string): {
            getBoundingClientRect(): { height: number };
            querySelectorAll(s: string): ArrayLike<unknown>;
          } | null;
        };
      };
      const section = document.querySelector(selector);
      if (!section || section.getBoundingClientRect().height === 0) return null;
      // `:enabled` also honours the surrounding fieldset (disabled once the minutes are submitted).
      return section.querySelectorAll('input:enabled').length > 0 ? performance.now() : null;
    },
    CHECKLIST,
    { polling: 'raf', timeout: 30_000 },
  );
  const whole = await page.waitForFunction(
    ([checklist, signature, count]) => {
      const { document } = globalThis as unknown as {
        document: {
          querySelector(s: string): {
            getBoundingClientRect(): { height: number };
            querySelectorAll(s: string): ArrayLike<unknown>;
          } | null;
        };
      };
      const sign = document.querySelector(signature);
      const groupsShown = document.querySelector(checklist)?.querySelectorAll('fieldset').length ?? 0;
      return sign && sign.getBoundingClientRect().height > 0 && groupsShown >= count
        ? performance.now()
        : null;
    },
    [CHECKLIST, SIGNATURE, groups] as const,
    { polling: 'raf', timeout: 30_000 },
  );
  return { shown: (await shown.jsonValue()) as number, whole: (await whole.jsonValue()) as number };
}

async function phases(page: Page): Promise<Omit<LoadPhases, 'wholeFormMs'>> {
  return page.evaluate(() => {
    // In the page: Navigation Timing (this workspace compiles with Node's performance types).
    const timing = performance as unknown as {
      getEntriesByType(type: string): { responseEnd: number; domContentLoadedEventEnd: number }[];
    };
    const nav = timing.getEntriesByType('navigation')[0]!;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      documentMs: nav.responseEnd,
      domContentLoadedMs: nav.domContentLoadedEventEnd,
      firstContentfulPaintMs: fcp?.startTime ?? NaN,
    };
  });
}

export async function measureOfflineForm(options: {
  base: string;
  username: string;
  password: string;
  reloads: number;
}): Promise<OfflineFormTimes> {
  const browser = await launchBenchBrowser();
  try {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      hasTouch: true,
      locale: 'fi-FI',
      baseURL: options.base,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(45_000);
    await page.goto('/login');
    await page.getByLabel('Käyttäjätunnus').fill(options.username);
    await page.getByLabel('Salasana').fill(options.password);
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    const planned = (await (
      await page.request.get('/api/v1/visits?inspectorId=me&status=planned')
    ).json()) as {
      items: { id: string; plannedDate: string }[];
    };
    const visit = planned.items.sort((a, b) => a.plannedDate.localeCompare(b.plannedDate))[0];
    if (!visit) throw new Error('The inspector has no planned visit.');
    await page.goto(`/visits/${visit.id}`);
    await page.locator(CHECKLIST).waitFor();
    await page.locator(SIGNATURE).waitFor();
    // The checklist's groups of this visit, all shown once the form has settled online.
    const groups = await page.locator(`${CHECKLIST} fieldset`).count();
    await page.evaluate(() =>
      (globalThis as unknown as WithServiceWorker).navigator.serviceWorker.ready.then(() => undefined),
    );
    await page.waitForFunction(
      () => (globalThis as unknown as WithServiceWorker).navigator.serviceWorker.controller !== null,
    );

    await context.setOffline(true);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    // A CDP session of its own has no network emulation, and the page would read navigator.onLine as
    // true again (the app then treats the failed start-up check as signed out): offline here too.
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: true,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    const samples: number[] = [];
    const loads: LoadPhases[] = [];
    for (let i = 0; i < options.reloads; i++) {
      const { shown, whole } = await timeToInteractive(page, groups);
      samples.push(shown);
      loads.push({ ...(await phases(page)), wholeFormMs: whole });
    }
    const servedByServiceWorker = await page.evaluate(
      () => (globalThis as unknown as WithServiceWorker).navigator.serviceWorker.controller !== null,
    );
    return {
      samples,
      phases: loads,
      cpuThrottling: CPU_THROTTLING,
      viewport: VIEWPORT,
      servedByServiceWorker,
    };
  } finally {
    await browser.close();
  }
}
