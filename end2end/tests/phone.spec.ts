import { test, expect, Page } from "@playwright/test";
import { SIGNED_IN } from "./support";

// A phone's width: nothing on a page may make it scroll sideways.
test.use({ viewport: { width: 390, height: 844 } });

/** Fails when the page is wider than the screen; keeps a full-page picture as an artefact. */
async function fitsThePhone(page: Page, path: string, name: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide, `${path} is ${wide} px wide`).toBeLessThanOrEqual(390);
}

const residentPages = ["/", "/neighbourhoods/BW003", "/neighbourhoods/BW003/how-we-are-doing", "/surgeries", "/groups", "/sign-in", "/privacy"];

for (const path of residentPages) {
  test(`${path} fits a phone`, async ({ page }) => {
    await fitsThePhone(page, path, `resident${path.replaceAll("/", "-") || "-home"}`);
  });
}

test.describe("staff pages", () => {
  test.use({ storageState: SIGNED_IN });

  const staffPages = [
    "/staff",
    "/staff/accounts",
    "/staff/audit",
    "/staff/concerns",
    "/staff/groups",
    "/staff/outbox",
    "/staff/areas",
    "/staff/guarantee",
    "/staff/guarantee/visibility",
    "/staff/moderation",
    "/staff/neighbourhoods/BW001",
    "/staff/neighbourhoods/BW001/surgeries",
    "/staff/neighbourhoods/BW001/concerns",
    "/staff/neighbourhoods/BW001/priorities",
    "/staff/neighbourhoods/BW001/updates",
    "/staff/neighbourhoods/BW001/time",
  ];
  for (const path of staffPages) {
    test(`${path} fits a phone`, async ({ page }) => {
      await fitsThePhone(page, path, `staff${path.replaceAll("/", "-")}`);
    });
  }

  test("a surgery's page, where attendance is recorded at the library, fits a phone", async ({ page }) => {
    await page.goto("/staff/neighbourhoods/BW001/surgeries");
    const surgery = await page.locator('a[href*="/staff/neighbourhoods/BW001/surgeries/"]').first().getAttribute("href");
    expect(surgery).not.toBeNull();
    await fitsThePhone(page, surgery!, "staff-surgery");
    // The demo's surgery under way has two bookings. Each is a card: recording attendance
    // needs no sideways scrolling at all.
    const attended = page.getByRole("button", { name: /^Attended/ }).first();
    await expect(attended).toBeVisible();
    const box = await attended.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  });
});
