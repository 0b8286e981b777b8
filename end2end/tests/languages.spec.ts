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

test.describe("a resident who reads Welsh", () => {
  test.use({ locale: "cy-GB" });

  test("books a surgery in Welsh and is emailed the booking in Welsh", async ({ page }) => {
    const cy = (id: string) => message("cy", id);
    const email = uniqueEmail("archeb");
    await page.goto("/neighbourhoods/BW001");
    // The team gave its surgery a Welsh title: Welsh pages show it.
    await page.getByRole("link", { name: /^Cymhorthfa SCCH yn/ }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Cymhorthfa SCCH yn/);
    await expect(page.getByRole("heading", { name: cy("surgery-slots-title") })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.getByRole("link", { name: cy("surgery-book-place") }).click();
    await expect(page.getByText(cy("booking-sign-in"))).toBeVisible();
    await signInIn(page, "cy", email);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(cy("booking-choose-time"));
    expect(await languageOf(page)).toEqual(["cy", "ltr"]);
    await expectNoAccessibilityViolations(page);
    await page.getByRole("radio").first().check();
    await page.getByLabel(cy("booking-topic-label")).fill("Parcio ar y palmant ger yr ysgol");
    await page.getByRole("button", { name: cy("booking-continue") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(cy("booking-check-title"));
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: cy("booking-confirm") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(cy("booking-complete"));
    await expectNoAccessibilityViolations(page);
    // The confirmation, with its calendar file, is in Welsh.
    await expect.poll(() => mailTo(email).filter((m) => m.includes("text/calendar")).length, { timeout: 15_000 }).toBe(1);
    const confirmation = mailTo(email).find((m) => m.includes("text/calendar"))!;
    expect(confirmation).toContain('<html lang="cy" dir="ltr">');
  });
});

test.describe("a resident who reads Urdu", () => {
  test.use({ locale: "ur-PK" });

  test("raises a concern right to left, and it is sent", async ({ page }) => {
    const ur = (id: string) => message("ur", id);
    const email = uniqueEmail("tashvish");
    await page.goto("/neighbourhoods/BW003");
    expect(await languageOf(page)).toEqual(["ur", "rtl"]);
    await page.getByRole("link", { name: ur("neighbourhood-raise-concern") }).click();
    await expect(page.getByText(ur("concern-sign-in-first"))).toBeVisible();
    await signInIn(page, "ur", email);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ur("concern-raise-heading"));
    await expect(page.getByText(ur("concern-not-for-emergencies"))).toBeVisible();
    await expectNoAccessibilityViolations(page);
    // Sent with nothing filled in: the problems, in Urdu.
    await page.getByRole("button", { name: ur("concern-continue") }).click();
    await expect(page.locator(".error-summary")).toContainText(ur("error-summary-title"));
    await expectNoAccessibilityViolations(page);
    await page.getByLabel(ur("concern-where-label")).fill("The park gates on Calthorpe Road");
    await page.getByRole("radio").first().check();
    await page.getByLabel(ur("concern-what-label")).fill("Cars race along the road by the park most evenings.");
    await page.getByRole("radio", { name: ur("concern-summary-yes") }).check();
    await page.getByRole("button", { name: ur("concern-continue") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ur("concern-check-title"));
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: ur("concern-send") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ur("concern-sent"));
    expect(await languageOf(page)).toEqual(["ur", "rtl"]);
    await expectNoAccessibilityViolations(page);
    await expect.poll(() => mailTo(email).filter((m) => m.includes("NC-")).length, { timeout: 15_000 }).toBe(1);
    expect(mailTo(email).find((m) => m.includes("NC-"))).toContain('<html lang="ur" dir="rtl">');
  });
});
