// Helpers the browser tests share: the portal's clock, the accessibility check, the mail aiosmtpd
// received, security codes, and signing a resident in by the emailed link.
import { expect, Browser, BrowserContext, BrowserContextOptions, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { createHmac, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const MAILDIR = process.env.PORTAL_E2E_MAILDIR ?? "";

/** The file holding the administrator's `n`th signed-in session, saved by the setup project. */
export function signedInSession(n: number): string {
  return join(process.env.PORTAL_E2E_STATE_DIR ?? "test-results", `administrator-${n}.json`);
}

/** How many sessions the setup project signs the administrator into: one for each worker. */
export const STAFF_SESSIONS = 2;

/**
 * The administrator's signed-in session for this worker (auth.setup.ts). Each worker has its own,
 * so a page one worker opens never takes the message another worker's form left in the session
 * for its next page.
 */
export const SIGNED_IN = signedInSession(workerSession());

function workerSession(): number {
  const worker = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
  // The portal accepts a security code at most one step ahead, and each step once, so its
  // standing clock allows two sign-ins: two sessions, two workers.
  if (worker >= STAFF_SESSIONS) {
    throw new Error(`At most ${STAFF_SESSIONS} workers: each needs a staff session of its own (see auth.setup.ts)`);
  }
  return worker;
}

/**
 * The portal's time in milliseconds: its clock stands still at PORTAL_FIXED_TIME while the
 * browser tests run, so dates typed and security codes follow it, not this machine's clock.
 */
export const NOW = Date.parse(process.env.PORTAL_FIXED_TIME ?? "");
if (Number.isNaN(NOW)) {
  throw new Error("Set PORTAL_FIXED_TIME to the time the portal's clock stands at, as scripts/test.sh does");
}

/** An email address no other test uses. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.org`;
}

/** Day, month and year, in the UK, of the portal's today moved by `days`, as date fields take them. */
export function ukDateFields(days: number): { day: string; month: string; year: string } {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", day: "numeric", month: "numeric", year: "numeric" })
    .formatToParts(new Date(NOW + days * 86_400_000));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { day: part("day"), month: part("month"), year: part("year") };
}

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s) for a base32 secret, `stepOffset` steps from the portal's now. */
export function totp(secret: string, stepOffset = 0): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of secret.replace(/[\s=]/g, "").toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(NOW / 1000 / 30) + stepOffset));
  const hmac = createHmac("sha1", key).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0xf;
  const code = (hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return code.toString().padStart(6, "0");
}

/** The page's WCAG 2.2 A and AA violations found by axe, one line each. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // After a click, the new page's heading can be there before its stylesheet is applied; axe
  // would then measure unstyled links (target size). The load event comes after the stylesheet.
  await page.waitForLoadState("load");
  // Legacy mode runs axe in the page itself instead of opening a blank page to gather each
  // frame's results (the portal's pages have no frames), and only violations are worked out
  // in full: the same violations, for a third of the processor time (about 0.3 s a page
  // instead of 1.1 s on 2 cores, where the browser tests are bound by the processor).
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_22_AA)
    .setLegacyMode(true)
    .options({ resultTypes: ["violations"] })
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")})`);
}

export async function expectNoAccessibilityViolations(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** The parts sent as base64 (text mostly outside ASCII: Urdu, Arabic…), decoded as UTF-8. */
function base64Parts(raw: string): string {
  const parts = [...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/g)];
  return parts.map((part) => Buffer.from(part[1].replace(/\s/g, ""), "base64").toString("utf8")).join("\n");
}

/** The messages aiosmtpd has received for `to`, oldest first, quoted-printable undone and
 * base64 parts decoded (after the raw message). */
export function mailTo(to: string): string[] {
  let files: string[] = [];
  try {
    files = readdirSync(join(MAILDIR, "new")).sort();
  } catch {
    return [];
  }
  return files
    .map((f) => readFileSync(join(MAILDIR, "new", f), "utf8"))
    .map((raw) => raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))) + base64Parts(raw))
    .filter((message) => message.includes(`To: ${to}`));
}

/** On the page an emailed staff invitation opens: chooses `password`, then signs in as `email`
 * with it. */
export async function setPasswordAndSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Set my password" }).click();
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Continue" }).click();
}

/** Asks for a sign-in link on the page the browser is on, then follows it; `onConfirmPage`
 * looks at the page the link opens before it is confirmed. */
export async function signInByEmailedLink(page: Page, email: string, onConfirmPage?: (page: Page) => Promise<void>) {
  // The new message is found by what it says, not by its place: Maildir file names do not
  // sort in the order messages arrive within one second.
  const earlier = new Set(mailTo(email));
  const signInLink = /https?:\/\/\S+\/sign-in\/confirm\?token=[A-Za-z0-9_-]+/;
  const newLinks = () => mailTo(email).filter((m) => !earlier.has(m) && signInLink.test(m));
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await expect.poll(() => newLinks().length, { timeout: 15_000 }).toBe(1);
  const link = newLinks()[0].match(signInLink)![0];
  await page.goto(link);
  if (onConfirmPage) await onConfirmPage(page);
  await page.getByRole("button", { name: "Continue and sign in" }).click();
}

/**
 * A browser context for a resident on a computer of their own: it sends its own address in
 * X-Forwarded-For, which the test command's portal trusts as a deployment behind its proxy does,
 * so the resident's sign-in link counts against their address, not 127.0.0.1's.
 */
export async function residentContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const address = `198.51.100.${1 + Math.floor(Math.random() * 254)}`;
  return browser.newContext({ ...options, extraHTTPHeaders: { ...options.extraHTTPHeaders, "X-Forwarded-For": address } });
}

/** What a resident tells a team in `raiseConcern`: where, the kind (a category's label) and what. */
export interface ConcernText {
  where: string;
  kind: string;
  what: string;
}

/** A resident raises a concern with `code`'s team, signing in on the way, without a public
 * summary; its reference. */
export async function raiseConcern(page: Page, code: string, email: string, concern: ConcernText): Promise<string> {
  await page.goto(`/neighbourhoods/${code}`);
  await page.getByRole("link", { name: "Raise a concern with this team" }).click();
  await signInByEmailedLink(page, email);
  await page.getByLabel("Where is it happening?").fill(concern.where);
  await page.getByLabel(concern.kind, { exact: true }).check();
  await page.getByLabel("What is happening?").fill(concern.what);
  await page.getByRole("radio", { name: "No" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Send your concern" }).click();
  return (await page.locator(".panel__body strong").textContent()) ?? "";
}
