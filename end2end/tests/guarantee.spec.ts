import { test, expect, Page } from "@playwright/test";
import { SIGNED_IN, expectNoAccessibilityViolations, ukDateFields } from "./support";

/** axe runs in the page, so only where JavaScript is on. */
async function checkAccessibility(page: Page, javaScript: boolean) {
  if (javaScript) await expectNoAccessibilityViolations(page);
}

/** The public panel on Edgbaston's page, and the page with every figure's definition. */
async function publicFigures(page: Page, javaScript: boolean) {
  await page.goto("/neighbourhoods/BW003");
  const panel = page.getByRole("region", { name: "How we're doing" });
  await expect(panel).toBeVisible();
  for (const title of ["Named contact officer", "Answered within 72 hours", "Priorities up to date", "Regular public meetings"]) {
    await expect(panel.getByText(title, { exact: true })).toBeVisible();
  }
  await checkAccessibility(page, javaScript);
  await panel.getByRole("link", { name: "What these figures mean, in detail" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How we're doing");
  await expect(page.getByText("What is measured").first()).toBeVisible();
  await expect(page.getByText(/Figures computed on/)).toBeVisible();
  await checkAccessibility(page, javaScript);
}

/** The force's dashboard: filtered by LPA and a missed commitment, sorted, and its other views. */
async function dashboard(page: Page, javaScript: boolean) {
  await page.goto("/staff");
  await page.getByRole("link", { name: /Engagement dashboard/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Engagement dashboard");
  await expect(page.getByRole("rowheader", { name: "Edgbaston", exact: true })).toBeVisible();
  await checkAccessibility(page, javaScript);
  await page.getByLabel("Local Policing Area").selectOption({ label: "Coventry" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("rowheader", { name: "Foleshill" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Edgbaston", exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "Public meetings" }).click();
  await expect(page).toHaveURL(/sort=held/);
  await expect(page).toHaveURL(/lpa=coventry/);
  const csv = await page.request.get("/staff/guarantee.csv?lpa=coventry");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Foleshill");

  await page.getByRole("link", { name: "Trends" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Engagement trends");
  await expect(page.getByRole("img", { name: "Concerns raised" })).toBeVisible();
  await expect(page.getByRole("table", { name: "The figures" })).toBeVisible();
  await checkAccessibility(page, javaScript);
  await page.getByRole("link", { name: "Hotspots" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hotspots");
  await checkAccessibility(page, javaScript);
}

/** Records an hour's school visit and two hours of court for Edgbaston, and sees them added up. */
async function recordTime(page: Page, javaScript: boolean) {
  await page.goto("/staff/neighbourhoods/BW003");
  await page.getByRole("link", { name: "Time in the community and abstractions" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Time in the community and abstractions");
  await checkAccessibility(page, javaScript);
  // Nothing chosen: each problem is named in the error summary.
  await page.getByRole("button", { name: "Record the time" }).click();
  await expect(page.locator(".error-summary").getByRole("link", { name: "Choose what the time was spent on" })).toBeVisible();
  await checkAccessibility(page, javaScript);
  // Today as the portal sees it: in the UK, whatever this machine's time zone.
  const today = ukDateFields(0);
  const record = async (kind: string, hours: string, place: string) => {
    await page.getByLabel(kind, { exact: true }).check();
    await page.getByLabel("Day").fill(today.day);
    await page.getByLabel("Month").fill(today.month);
    await page.getByLabel("Year").fill(today.year);
    await page.getByLabel("How many hours?").fill(hours);
    await page.getByLabel("Where? (for time in the community)").fill(place);
    await page.getByRole("button", { name: "Record the time" }).click();
  };
  await record("School visit", "1", "Harborne Academy");
  await expect(page.getByText(/1 hour of school visit recorded/)).toBeVisible();
  await record("Court", "2", "");
  await expect(page.getByText(/2 hours of court recorded/)).toBeVisible();
  await expect(page.getByRole("cell", { name: "Harborne Academy" }).first()).toBeVisible();

  await page.goto("/staff/guarantee/visibility?lpa=birmingham");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Visibility and abstractions");
  await expect(page.getByRole("rowheader", { name: "Edgbaston", exact: true })).toBeVisible();
  await checkAccessibility(page, javaScript);
}

for (const javaScript of [true, false]) {
  const label = javaScript ? "with JavaScript" : "without JavaScript";
  test.describe(label, () => {
    test.use({ javaScriptEnabled: javaScript });

    test("a neighbourhood page shows how the team is doing", async ({ page }) => {
      await publicFigures(page, javaScript);
    });

    test.describe("staff", () => {
      test.use({ storageState: SIGNED_IN });

      test("the engagement dashboard filters, sorts and downloads", async ({ page }) => {
        await dashboard(page, javaScript);
      });

      test("a team records time and sees it on the dashboard", async ({ page }) => {
        await recordTime(page, javaScript);
      });
    });
  });
}
