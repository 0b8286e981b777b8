// The setup project: signs the administrator in (password, then the second factor set up on
// first sign-in) and saves the session for the staff tests of one worker; then signs them in
// again, with the next security code, for the other worker. Playwright runs it before the browser
// tests, whatever their order.
import { test as setup, expect } from "@playwright/test";
import { signedInSession, totp } from "./support";

const ADMIN_EMAIL = process.env.PORTAL_E2E_ADMIN_EMAIL ?? "";
const ADMIN_PASSWORD = process.env.PORTAL_E2E_ADMIN_PASSWORD ?? "";

setup("the administrator signs in once for each worker", async ({ page, browser }) => {
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
  await page.context().storageState({ path: signedInSession(0) });

  // The portal's clock stands still, so each later sign-in takes the next code: a code is
  // accepted once, and the app accepts the code one step ahead.
  const again = await (await browser.newContext()).newPage();
  await again.goto("/staff/sign-in");
  await again.getByLabel("Email address").fill(ADMIN_EMAIL);
  await again.getByLabel("Password").fill(ADMIN_PASSWORD);
  await again.getByRole("button", { name: "Continue" }).click();
  await again.getByLabel("Security code").fill(totp(secret, 1));
  await again.getByRole("button", { name: "Sign in" }).click();
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("Hello, Alex Morgan");
  await again.context().storageState({ path: signedInSession(1) });
  await again.context().close();
});
