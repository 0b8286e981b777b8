// What the phone tests (phone.spec.ts, phone-force.spec.ts) check on each page: it fits a phone's
// width, axe finds no WCAG 2.2 A or AA failure, and the browser is on the page it was sent to.
import { test, expect, Page, Browser } from "@playwright/test";
import { SIGNED_IN, accessibilityViolations } from "./support";

export const PHONE = { width: 390, height: 844 };

/** Whether the browser is on an address of `route` ("/groups/{reference}" and the like), so a
 * page that sent the browser elsewhere (to sign in, say) is not checked in its place. */
function isOn(page: Page, route: string): boolean {
  const pattern = new RegExp(`^${route.replace(/\{[a-z_]+\}/g, "[^/]+")}$`);
  return pattern.test(new URL(page.url()).pathname);
}

/** Checks the page the browser is on; keeps a full-page picture as `shot` if named. */
export async function fitsHere(page: Page, route: string, shot?: string) {
  expect.soft(isOn(page, route), `${route}: the browser is on ${page.url()}`).toBe(true);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect.soft(wide, `${route} (${page.url()}) is ${wide} px wide`).toBeLessThanOrEqual(PHONE.width);
  expect.soft(await accessibilityViolations(page), `${route} (${page.url()})`).toEqual([]);
  if (shot) await page.screenshot({ path: test.info().outputPath(`${shot}.png`), fullPage: true });
}

/** Opens `path` (an address of `route`) and checks it. */
export async function fits(page: Page, route: string, path: string, shot?: string) {
  const response = await page.goto(path);
  expect.soft(response?.status(), `${route}: ${path}`).toBeLessThan(400);
  await fitsHere(page, route, shot);
}

/** The first link on `path` whose address matches `pattern`. */
export async function linkOn(page: Page, path: string, pattern: RegExp): Promise<string> {
  await page.goto(path);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const found = hrefs.find((href) => pattern.test(href));
  expect(found, `a link matching ${pattern} on ${path}`).toBeTruthy();
  return found!;
}

export async function staffPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: SIGNED_IN, viewport: PHONE });
  return context.newPage();
}
