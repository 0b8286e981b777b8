// The setup project: signs the administrator in once (password, then the second factor set up
// on first sign-in) and saves the session for every test that works as staff. Playwright runs it
// before the browser tests, whatever their order.
import { test as setup, expect } from "@playwright/test";
import { SIGNED_IN, totp } from "./support";

const ADMIN_EMAIL = process.env.PORTAL_E2E_ADMIN_EMAIL ?? "";
const ADMIN_PASSWORD = process.env.PORTAL_E2E_ADMIN_PASSWORD ?? "";

setup("the administrator signs in", async ({ page }) => {
  await page.goto("/staff/sign-in");
  await page.getByLabel("Email address").fill(ADMIN_EMAIL);
  await page.getByLabel("Password").fill(ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up your second factor");
  const secret = (await page.locator("#totp-secret").getAttribute("data-secret")) ?? "";
  expect(secret).not.toBe("");
  await page.getByLabel("Security code").fill(totp(secret));
  await page.getByRole("button", { name: "Turn on the second factor" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, Alex Morgan");
  await page.context().storageState({ path: SIGNED_IN });
});
