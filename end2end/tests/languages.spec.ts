import { test, expect, Page } from "@playwright/test";
import { expectNoAccessibilityViolations, mailTo, uniqueEmail } from "./support";
import { message } from "./messages";

/** The page's `<html lang dir>`. */
async function languageOf(page: Page): Promise<[string | null, string | null]> {
  const html = page.locator("html");
  return [await html.getAttribute("lang"), await html.getAttribute("dir")];
}

/** Whether the page is wider than the window (it scrolls sideways). */
async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** Signs in by the emailed link, on pages in `language`. */
async function signInIn(page: Page, language: string, email: string) {
  const earlier = new Set(mailTo(email));
  const signInLink = /https?:\/\/\S+\/sign-in\/confirm\?token=[A-Za-z0-9_-]+/;
  const newLinks = () => mailTo(email).filter((m) => !earlier.has(m) && signInLink.test(m));
  await page.getByLabel(message(language, "sign-in-email-label")).fill(email);
  await page.getByRole("button", { name: message(language, "sign-in-button") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(message(language, "check-email-title"));
  await expect.poll(() => newLinks().length, { timeout: 15_000 }).toBe(1);
  const email_ = newLinks()[0];
  // Written in the language the link was asked for in.
  expect(email_).toContain(`<html lang="${language}"`);
  await page.goto(email_.match(signInLink)![0]);
  await page.getByRole("button", { name: message(language, "confirm-button") }).click();
}

test.describe("a browser that asks for Welsh", () => {
  test.use({ locale: "cy-GB" });

  test("gets the pages in Welsh, says the translation is unchecked, and can switch to English", async ({ page }) => {
    await page.goto("/");
    expect(await languageOf(page)).toEqual(["cy", "ltr"]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(message("cy", "find-label"));
    await expect(page.getByText(message("cy", "ways-meet-title"))).toBeVisible();
    await expect(page.locator(".notice--translation")).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // A postcode that is not one: the error in Welsh.
    await page.getByLabel(message("cy", "find-label")).fill("nonsense");
    await page.getByRole("button", { name: message("cy", "find-button") }).click();
    await expect(page.locator(".error-summary")).toContainText(message("cy", "error-summary-title"));
    await expect(page.locator(".error-summary")).toContainText(message("cy", "find-not-a-postcode"));
    await expectNoAccessibilityViolations(page);

    await page.getByRole("navigation", { name: message("cy", "nav-language") }).getByRole("button", { name: "English" }).click();
    expect(await languageOf(page)).toEqual(["en-GB", "ltr"]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter your postcode");
    await expect(page.locator(".notice--translation")).toHaveCount(0);
    // Remembered: the next page is English too, whatever the browser asks for.
    await page.goto("/sign-in");
    expect(await languageOf(page)).toEqual(["en-GB", "ltr"]);
    await page.getByRole("button", { name: "Cymraeg" }).click();
    expect(await languageOf(page)).toEqual(["cy", "ltr"]);
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("a resident who chose Welsh is sent the sign-in email in Welsh", async ({ page }) => {
    await page.goto("/sign-in");
    await signInIn(page, "cy", uniqueEmail("cymraeg"));
    await expect(page).toHaveURL(/\/account$/);
    expect(await languageOf(page)).toEqual(["cy", "ltr"]);
  });
});

test.describe("a browser that asks for Urdu, at a phone's width", () => {
  test.use({ locale: "ur-PK", viewport: { width: 390, height: 844 } });

  test("gets the pages right to left, fitting the screen, with postcodes typed left to right", async ({ page }) => {
    for (const path of ["/", "/sign-in", "/?postcode=B15"]) {
      await page.goto(path);
      expect(await languageOf(page)).toEqual(["ur", "rtl"]);
      expect(await scrollsSideways(page)).toBe(false);
      await expectNoAccessibilityViolations(page);
    }
    await page.goto("/");
    const postcode = page.getByLabel(message("ur", "find-label"));
    expect(await postcode.evaluate((input) => getComputedStyle(input).direction)).toBe("ltr");
    // The switcher's English is marked as English, left to right.
    const english = page.getByRole("button", { name: "English" });
    await expect(english).toHaveAttribute("lang", "en-GB");
    await expect(english).toHaveAttribute("dir", "ltr");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, locale: "en-GB" });

  test("the language switcher works as a plain form", async ({ page }) => {
    await page.goto("/?postcode=B15");
    await page.getByRole("button", { name: "Polski" }).click();
    expect(await languageOf(page)).toEqual(["pl", "ltr"]);
    await expect(page).toHaveURL(/\/\?postcode=B15$/);
    await page.getByRole("button", { name: "العربية" }).click();
    expect(await languageOf(page)).toEqual(["ar", "rtl"]);
  });
});
