import { test, expect, Page } from "@playwright/test";
import { SIGNED_IN, expectNoAccessibilityViolations, mailTo, signInByEmailedLink, ukDateFields, uniqueEmail } from "./support";

// The team sees and cancels the surgery a resident booked here first: the tests run in order.
test.describe.configure({ mode: "serial" });

/** axe runs in the page, so only where JavaScript is on. */
async function checkAccessibility(page: Page, javaScript: boolean) {
  if (javaScript) await expectNoAccessibilityViolations(page);
}

/** From a neighbourhood page to its next booked surgery, then on to book it (signing in first). */
async function startBooking(page: Page, code: string, email: string, javaScript = true) {
  await page.goto(`/neighbourhoods/${code}`);
  await page.getByRole("link", { name: /^PCSO surgery at/ }).first().click();
  await expect(page.getByRole("heading", { name: "Times and places left" })).toBeVisible();
  await checkAccessibility(page, javaScript);
  await page.getByRole("link", { name: "Book a place" }).click();
  // Booking needs an account: sign in, and come straight back.
  await expect(page.getByText("Sign in to book a place. You will come back")).toBeVisible();
  await signInByEmailedLink(page, email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a time");
}

async function chooseAndConfirm(page: Page, javaScript = true) {
  await page.getByRole("radio").first().check();
  await page.getByLabel("What would you like to talk about?").fill("Speeding on the road by the park");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your booking");
  await expect(page.getByText("Speeding on the road by the park")).toBeVisible();
  await checkAccessibility(page, javaScript);
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Booking complete");
  await expect(page.getByText(/SRG-[2-9A-Z]{4}-[2-9A-Z]{4}/).first()).toBeVisible();
}

test("a resident books a place at a surgery and is emailed a calendar invitation", async ({ page }) => {
  const email = uniqueEmail("booker");
  await startBooking(page, "BW003", email);
  await expectNoAccessibilityViolations(page);
  await chooseAndConfirm(page);
  await expectNoAccessibilityViolations(page);
  await expect.poll(() => mailTo(email).filter((m) => m.includes("Booked:")).length, { timeout: 15_000 }).toBe(1);
  const confirmation = mailTo(email).find((m) => m.includes("Booked:"))!;
  expect(confirmation).toContain("text/calendar; charset=utf-8; method=REQUEST");
  expect(confirmation).toContain("/bookings/cancel?token=");

  const bookingPage = page.url();
  await page.goto(`${bookingPage}?cancel=ask`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Are you sure you want to cancel this booking?");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "No, keep my booking" }).click();
  await expect(page.getByRole("heading", { name: "Change your time" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Your surgery bookings" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^PCSO surgery at Edgbaston/ })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident books, is told what is missing, then cancels from their account", async ({ page }) => {
    const email = uniqueEmail("booker-nojs");
    await startBooking(page, "BW004", email, false);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.locator(".error-summary")).toBeVisible();
    await expect(page.locator(".error-summary").getByRole("link", { name: "Select a time" })).toBeVisible();
    await chooseAndConfirm(page, false);

    await page.reload();
    // Another time first, in one step; then cancelling, which asks before it does anything.
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Change time" }).click();
    await expect(page.getByText("Your booking has moved to its new time")).toBeVisible();
    await page.getByRole("link", { name: "Cancel this booking" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Are you sure you want to cancel this booking?");
    await page.getByRole("button", { name: "Yes, cancel this booking" }).click();
    await expect(page.getByText(/has been cancelled/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Cancel this booking" })).toHaveCount(0);
  });
});

test.describe("staff", () => {
  test.use({ storageState: SIGNED_IN });

  test("the administrator schedules a drop-in surgery, after fixing the form's mistakes", async ({ page }) => {
    await page.goto("/staff/neighbourhoods/BW003/surgeries");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Surgeries");
    await expectNoAccessibilityViolations(page);

    await page.getByRole("button", { name: "Schedule surgery" }).click();
    await expect(page.locator(".error-summary")).toBeFocused();
    await expect(page.locator(".error-summary")).toContainText("Enter the date of the surgery");
    await expectNoAccessibilityViolations(page);

    const day = ukDateFields(10);
    await page.getByLabel("Title", { exact: true }).fill("Coffee with your PCSO");
    await page.getByLabel("Day").first().fill(day.day);
    await page.getByLabel("Month").first().fill(day.month);
    await page.getByLabel("Year").first().fill(day.year);
    await page.getByLabel("Starts at").fill("10am");
    await page.getByLabel("Ends at").fill("11:30am");
    await page.getByLabel("Drop-in: residents come without booking").check();
    await page.getByLabel("Once").check();
    await page.getByRole("button", { name: "Schedule surgery" }).click();
    await expect(page.getByText(/^Surgery scheduled for /)).toBeVisible();
    await expect(page.getByRole("link", { name: "Coffee with your PCSO" })).toBeVisible();

    await page.getByRole("link", { name: "Coffee with your PCSO" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Coffee with your PCSO");
    await expectNoAccessibilityViolations(page);
    await page.getByRole("link", { name: "See the public page" }).click();
    await expect(page.getByText("No need to book")).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test("the administrator sees who booked, then cancels the surgery and the resident is told", async ({ page }) => {
    await page.goto("/staff/neighbourhoods/BW003/surgeries");
    await page.getByRole("link", { name: /^PCSO surgery at Edgbaston/ }).first().click();
    await expect(page.getByRole("heading", { name: "Bookings (1)" })).toBeVisible();
    await expect(page.getByText(/booker-[0-9a-f]{8}@example\.org/)).toBeVisible();
    await expect(page.getByText("Speeding on the road by the park")).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.getByRole("button", { name: "Cancel this surgery" }).click();
    await expect(page.locator(".error-summary")).toBeFocused();
    await page.getByLabel("Why is it cancelled?").fill("The library is closed for repairs");
    await page.getByRole("button", { name: "Cancel this surgery" }).click();
    await expect(page.getByText("The surgery is cancelled: the 1 resident who booked has been emailed")).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});

test.describe("staff, adding venues and repeating surgeries", () => {
  test.use({ storageState: SIGNED_IN });

  test("the administrator adds a venue, then schedules a repeating surgery there", async ({ page }) => {
    await page.goto("/staff/neighbourhoods/BW001/venues");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Venues");
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: "Add venue" }).click();
    await expect(page.locator(".error-summary")).toBeFocused();
    await page.getByLabel("Name", { exact: true }).fill("Colmore Row Community Room");
    await page.getByLabel("Community centre").check();
    await page.getByLabel("Address", { exact: true }).fill("Colmore Row, Birmingham");
    await page.getByLabel("Postcode").fill("b3 3hq");
    await page.getByRole("radio", { name: "Yes" }).check();
    await page.getByRole("button", { name: "Add venue" }).click();
    await expect(page.getByText("Colmore Row Community Room has been added")).toBeVisible();

    await page.goto("/staff/neighbourhoods/BW001/surgeries");
    const day = ukDateFields(9);
    await page.getByLabel("Where").selectOption({ label: "Colmore Row Community Room" });
    await page.getByLabel("Title", { exact: true }).fill("Fortnightly surgery on Colmore Row");
    await page.getByLabel("Day").first().fill(day.day);
    await page.getByLabel("Month").first().fill(day.month);
    await page.getByLabel("Year").first().fill(day.year);
    await page.getByLabel("Starts at").fill("2pm");
    await page.getByLabel("Ends at").fill("3pm");
    await page.getByLabel("Booked slots: residents book a time").check();
    await page.getByLabel("Length of each slot, in minutes").fill("20");
    await page.getByLabel("Places in each slot").fill("2");
    await page.getByLabel("Every week, or every few weeks").check();
    await page.getByLabel("Every how many weeks").fill("2");
    await page.getByLabel("After a number of surgeries").check();
    await page.getByLabel("How many surgeries").fill("3");
    await page.getByRole("button", { name: "Schedule surgery" }).click();
    await expect(page.getByText(/^3 surgeries scheduled, the first on /)).toBeVisible();
    await expect(page.getByRole("link", { name: "Fortnightly surgery on Colmore Row" })).toHaveCount(3);
  });
});

test.describe("staff, without JavaScript", () => {
  test.use({ storageState: SIGNED_IN, javaScriptEnabled: false });

  test("the administrator records who came to a surgery under way and books a walk-in", async ({ page }) => {
    // Scheduling shows only the fields that apply to the choices made, without JavaScript too.
    await page.goto("/staff/neighbourhoods/BW003/surgeries");
    await expect(page.getByLabel("Length of each slot, in minutes")).toBeHidden();
    await expect(page.getByRole("group", { name: "When it stops" })).toBeHidden();
    await page.getByLabel("Booked slots: residents book a time").check();
    await expect(page.getByLabel("Length of each slot, in minutes")).toBeVisible();
    await expect(page.getByLabel("How many people you expect (optional)")).toBeHidden();
    await page.getByLabel("Once").check();
    await expect(page.getByRole("group", { name: "When it stops" })).toBeHidden();
    await page.getByLabel("Every week, or every few weeks").check();
    await expect(page.getByRole("group", { name: "When it stops" })).toBeVisible();
    await expect(page.getByLabel("How many surgeries")).toBeHidden();

    await page.goto("/staff/neighbourhoods/BW001/surgeries");
    // The demo data, loaded at the portal's fixed time of 10am, has a surgery under way.
    await page.getByRole("link", { name: /^Coffee with your PCSO/ }).first().click();
    await expect(page.getByRole("heading", { name: "Bookings (2)" })).toBeVisible();
    await page.getByRole("button", { name: /^Attended\b.*SRG-/ }).first().click();
    await expect(page.getByText("Attendance recorded")).toBeVisible();
    await expect(page.getByText("Attended", { exact: true }).first()).toBeVisible();

    await page.getByRole("radio").first().check();
    await page.getByLabel("Their name").fill("Lee Walk-in");
    await page.getByRole("button", { name: "Book the place" }).click();
    await expect(page.getByText(/Lee Walk-in is booked, reference SRG-/)).toBeVisible();
    // The demo's own walk-ins have no email either: look in Lee's row.
    await expect(page.getByRole("cell", { name: "Lee Walk-in No email address" })).toBeVisible();
  });
});
