import { test, expect, Page } from "@playwright/test";
import { join } from "node:path";
import { SIGNED_IN, expectNoAccessibilityViolations, mailTo, signInByEmailedLink, uniqueEmail } from "./support";

// One concern followed from the resident to the team and back: the tests run in order.
test.describe.configure({ mode: "serial" });

/** axe runs in the page, so only where JavaScript is on. */
async function checkAccessibility(page: Page, javaScript: boolean) {
  if (javaScript) await expectNoAccessibilityViolations(page);
}

/** From a neighbourhood's page to its concern form, signing in on the way. */
async function startConcern(page: Page, code: string, email: string, javaScript: boolean) {
  await page.goto(`/neighbourhoods/${code}`);
  await page.getByRole("link", { name: "Raise a concern with this team" }).click();
  await expect(page.getByText("Sign in to raise a concern")).toBeVisible();
  await signInByEmailedLink(page, email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Raise a concern");
  await expect(page.getByText("This is not for emergencies or for reporting a crime.")).toBeVisible();
  await checkAccessibility(page, javaScript);
}

async function fillConcern(page: Page, description: string) {
  await page.getByLabel("Where is it happening?").fill("The park gates on Calthorpe Road");
  await page.getByLabel("Vehicles and speeding").check();
  await page.getByLabel("What is happening?").fill(description);
  await page.getByLabel("When does it happen? (optional)").fill("Most evenings after 9pm");
  await page.getByRole("radio", { name: "Yes" }).check();
}

async function sendConcern(page: Page, javaScript: boolean): Promise<string> {
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your concern");
  await checkAccessibility(page, javaScript);
  await page.getByRole("button", { name: "Send your concern" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Concern sent");
  await checkAccessibility(page, javaScript);
  const reference = (await page.locator(".panel__body strong").textContent()) ?? "";
  expect(reference).toMatch(/^NC-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  return reference;
}

let reference = "";
let residentEmail = "";

/** The map's streets come from a local fixture in place of the configured tile server. */
async function serveTiles(page: Page): Promise<string[]> {
  const asked: string[] = [];
  await page.route(/\/test-tiles\/\d+\/\d+\/\d+\.png$/, (route) => {
    asked.push(route.request().url());
    return route.fulfill({ path: join(__dirname, "..", "fixtures", "tile.png"), contentType: "image/png" });
  });
  return asked;
}

test("a resident raises a concern, placing a pin on the map over its streets", async ({ page }) => {
  const tiles = await serveTiles(page);
  residentEmail = uniqueEmail("concerned");
  await startConcern(page, "BW003", residentEmail, true);
  await fillConcern(page, "Cars race past the park gates most evenings, far too fast for the children crossing.");
  // With JavaScript the pin moves at once, and nothing is sent.
  const map = page.getByRole("button", { name: /Map of Edgbaston: select a place to put a pin there/ });
  await expect(map).toBeVisible();
  expect(tiles.length).toBeGreaterThan(0);
  await expect(page.getByText("© Test tiles")).toBeVisible();
  await map.click();
  await expect(page.getByText("A pin is on the map.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Raise a concern");
  await expect(page.locator('input[name="latitude"]')).not.toHaveValue("");
  reference = await sendConcern(page, true);
  await expect.poll(() => mailTo(residentEmail).filter((m) => m.includes(reference)).length, { timeout: 15_000 }).toBe(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident is told what is missing, then raises a concern", async ({ page }) => {
    const email = uniqueEmail("concerned-nojs");
    await startConcern(page, "BW004", email, false);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.locator(".error-summary")).toBeVisible();
    await expect(page.locator(".error-summary").getByRole("link", { name: /Enter where it is happening/ })).toBeVisible();
    await fillConcern(page, "Someone is dealing drugs from a car by the shops.");
    // Without JavaScript the map is an image button: selecting a place sends the form, which
    // comes back as typed with the pin there.
    await page.getByRole("button", { name: /select a place to put a pin there/ }).click({ position: { x: 160, y: 100 } });
    await expect(page.getByText("A pin is on the map where you selected")).toBeVisible();
    await expect(page.getByLabel("What is happening?")).toHaveValue("Someone is dealing drugs from a car by the shops.");
    await expect(page.locator('input[name="latitude"]')).not.toHaveValue("");
    await sendConcern(page, false);
  });
});

test.describe("staff", () => {
  test.use({ storageState: SIGNED_IN });

  test("the team triages the concern and replies; a moderator approves its summary", async ({ page }) => {
    await page.goto("/staff/neighbourhoods/BW003/concerns");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Concerns");
    // The portal's clock stands still: the 72 hours are all still to come.
    await expect(page.getByRole("row", { name: new RegExp(reference) })).toContainText(/Reply due in 3 days/);
    await expectNoAccessibilityViolations(page);
    await page.getByRole("link", { name: reference }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Concern ${reference}`);
    await expectNoAccessibilityViolations(page);

    await page.getByLabel("Note", { exact: true }).fill("Speed gun available on Friday");
    await page.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByText("Your note has been added")).toBeVisible();
    await page.getByLabel("Your reply").fill("Thank you: we will run speed checks by the park on Friday evening.");
    await page.getByRole("button", { name: "Send reply" }).click();
    await expect(page.getByText("Your reply has been sent to the resident")).toBeVisible();
    await expect(page.getByText("Replied within 72 hours")).toBeVisible();

    await page.goto("/staff/neighbourhoods/BW003/problems");
    await expectNoAccessibilityViolations(page);

    await page.goto("/staff/moderation");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Public summaries to moderate");
    await expectNoAccessibilityViolations(page);
    const item = page.locator("section.moderation-item").filter({ hasText: reference });
    await item.getByLabel("Summary to publish").fill("Cars speeding past the park gates in the evenings.");
    await item.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByText("The summary is published")).toBeVisible();

    await page.goto("/neighbourhoods/BW003");
    await expect(page.getByText("Cars speeding past the park gates in the evenings.")).toBeVisible();
    await expect(page.getByText("far too fast for the children crossing")).toHaveCount(0);
  });
});

test("the resident reads the team's reply in their account", async ({ page }) => {
  await page.goto("/sign-in");
  await signInByEmailedLink(page, residentEmail);
  await page.goto(`/account/concerns/${reference}`);
  await expect(page.getByText("we will run speed checks by the park on Friday evening")).toBeVisible();
  await expect(page.getByText("Speed gun available on Friday")).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
});
