// Helpers the browser tests share: the accessibility check, the mail aiosmtpd received, and
// signing a resident in by the emailed link.
import { expect, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const MAILDIR = process.env.PORTAL_E2E_MAILDIR ?? "";

/** The administrator's signed-in session, saved by the first staff test for the others. */
export const SIGNED_IN = join(process.env.PORTAL_E2E_STATE_DIR ?? "test-results", "administrator.json");

export async function expectNoAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** The messages aiosmtpd has received for `to`, oldest first, quoted-printable undone. */
export function mailTo(to: string): string[] {
  let files: string[] = [];
  try {
    files = readdirSync(join(MAILDIR, "new")).sort();
  } catch {
    return [];
  }
  return files
    .map((f) => readFileSync(join(MAILDIR, "new", f), "utf8"))
    .map((raw) => raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))))
    .filter((message) => message.includes(`To: ${to}`));
}

/** Asks for a sign-in link on the page the browser is on, then follows it. */
export async function signInByEmailedLink(page: Page, email: string) {
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
  await page.getByRole("button", { name: "Continue and sign in" }).click();
}
