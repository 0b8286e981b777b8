import { test, expect, Page } from "@playwright/test";
import { SIGNED_IN, expectNoAccessibilityViolations, mailTo, signInByEmailedLink, uniqueEmail } from "./support";

/** axe runs in the page, so only where JavaScript is on. */
async function checkAccessibility(page: Page, javaScript: boolean) {
  if (javaScript) await expectNoAccessibilityViolations(page);
}

/** Registers a group in Edgbaston (BW003), signing in on the way; returns its reference. */
async function registerGroup(page: Page, email: string, name: string, javaScript: boolean): Promise<string> {
  await page.goto("/neighbourhoods/BW003");
  await page.getByRole("link", { name: "Register your group" }).click();
  await expect(page.getByText("Sign in to register a community group")).toBeVisible();
  await signInByEmailedLink(page, email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register a community group");
  await checkAccessibility(page, javaScript);
  // Nothing entered: each problem is named, linked from the error summary.
  await page.getByRole("button", { name: "Register the group" }).click();
  await expect(page.locator(".error-summary").getByRole("link", { name: /Enter the group/ })).toBeVisible();
  await expect(page.locator(".error-summary").getByRole("link", { name: /Choose what kind of group it is/ })).toBeVisible();
  await page.getByLabel("Group name").fill(name);
  await page.getByLabel("Residents' association").check();
  await page.getByLabel("Which neighbourhood does the group work in?").selectOption("BW003");
  await page.getByLabel("What does the group do?").fill("We meet on the first Monday of the month at Harborne Library.");
  await page.getByRole("button", { name: "Register the group" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Group registered");
  await expect(page.getByText("Waiting for verification")).toBeVisible();
  await checkAccessibility(page, javaScript);
  const reference = (await page.locator(".panel__body strong").textContent()) ?? "";
  expect(reference).toMatch(/^GRP-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  return reference;
}

/** As the signed-in member of staff, verifies the group from the list of those waiting. */
async function verifyGroup(page: Page, name: string, javaScript: boolean) {
  await page.goto("/staff/groups");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Community groups");
  await checkAccessibility(page, javaScript);
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await checkAccessibility(page, javaScript);
  await page.getByLabel("Verify it").check();
  await page.getByRole("button", { name: "Save the decision" }).click();
  await expect(page.getByText("Group verified: its page is public")).toBeVisible();
}

const organiser = uniqueEmail("organiser");
const groupName = "Calthorpe Residents";
let groupReference = "";
let concernReference = "";

test.describe.serial("with JavaScript", () => {
  test("a resident registers a group", async ({ page, request }) => {
    groupReference = await registerGroup(page, organiser, groupName, true);
    // Unverified, the public cannot see it.
    const response = await request.get(`/groups/${groupReference}`);
    expect(response.status()).toBe(404);
  });

  test.describe("staff", () => {
    test.use({ storageState: SIGNED_IN });

    test("a member of staff verifies it", async ({ page }) => {
      await verifyGroup(page, groupName, true);
    });
  });

  test("the public page shows the group, and the organiser puts forward an issue", async ({ page }) => {
    await page.goto(`/groups/${groupReference}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(groupName);
    await expect(page.getByText("Contact the group")).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await expect.poll(() => mailTo(organiser).some((m) => m.includes(`${groupName} is verified`)), { timeout: 15_000 }).toBe(true);
    await page.goto("/groups?neighbourhood=BW003");
    await expect(page.getByRole("link", { name: groupName })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.goto("/sign-in");
    await signInByEmailedLink(page, organiser);
    await page.goto(`/groups/${groupReference}/dashboard`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What the team has done on what the group follows");
    await expectNoAccessibilityViolations(page);
    await page.getByLabel("What should the group follow?").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Follow", exact: true }).click();
    await expect(page.getByText(/Now following the/)).toBeVisible();

    await page.getByRole("link", { name: "Manage members and invite people" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Members");
    await expectNoAccessibilityViolations(page);

    await page.goto(`/groups/${groupReference}/dashboard`);
    await page.getByRole("link", { name: /Put an issue forward to the Edgbaston team/ }).click();
    await page.getByLabel(`${groupName} (a group you organise)`).check();
    await page.getByLabel("Where is it happening?").fill("Calthorpe Road by the park");
    await page.getByLabel("Vehicles and speeding").check();
    await page.getByLabel("What is happening?").fill("Members report cars racing along Calthorpe Road every evening.");
    await page.getByRole("radio", { name: "No" }).check();
    await page.getByLabel("For a group: propose it as an option for the next priority vote").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your concern");
    await expect(page.getByText(`${groupName} (replies go to its organisers)`, { exact: false })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: "Send your concern" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Concern sent");
    concernReference = (await page.locator(".panel__body strong").textContent()) ?? "";
    expect(concernReference).toMatch(/^NC-/);
  });

  test.describe("staff", () => {
    test.use({ storageState: SIGNED_IN });

    test("the team replies to the group's concern", async ({ page }) => {
      await page.goto(`/staff/neighbourhoods/BW003/concerns/${concernReference}`);
      await expect(page.getByText(`for the community group ${groupName}`)).toBeVisible();
      await page.getByLabel("Your reply").fill("We will run speed checks on Calthorpe Road on Friday evening.");
      await page.getByRole("button", { name: "Send reply" }).click();
      await expect(page.getByText("Replied within 72 hours")).toBeVisible();
    });
  });

  test("the organiser sees the team's reply on the group's dashboard", async ({ page }) => {
    await expect.poll(() => mailTo(organiser).filter((m) => m.includes("speed checks on Calthorpe Road")).length, { timeout: 15_000 }).toBe(1);
    await page.goto("/sign-in");
    await signInByEmailedLink(page, organiser);
    await page.goto(`/groups/${groupReference}/dashboard`);
    const item = page.locator("section.tracked-item").filter({ hasText: `Concern ${concernReference}` });
    await expect(item.getByText("We will run speed checks on Calthorpe Road on Friday evening.")).toBeVisible();
    await expect(item.getByText(/Team reply/)).toBeVisible();
    await expectNoAccessibilityViolations(page);
    // Their account lists the group, and how often they hear of changes.
    await page.goto("/account");
    await expect(page.getByRole("link", { name: groupName })).toBeVisible();
    await expect(page.getByLabel("Once a week")).toBeChecked();
    await expectNoAccessibilityViolations(page);
  });
});

test.describe.serial("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  const email = uniqueEmail("organiser-nojs");
  const name = "Harborne Watch";
  let reference = "";

  test("a resident registers a group", async ({ page }) => {
    reference = await registerGroup(page, email, name, false);
  });

  test.describe("staff", () => {
    test.use({ storageState: SIGNED_IN });

    test("a member of staff verifies it", async ({ page }) => {
      await verifyGroup(page, name, false);
      await page.goto(`/groups/${reference}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    });
  });

  test("anyone contacts the group through its page", async ({ page }) => {
    await page.goto(`/groups/${reference}`);
    await page.getByLabel("Your name").fill("Alex");
    await page.getByLabel("Your email address").fill("alex@example.org");
    await page.getByLabel("Your message").fill("When is your next meeting?");
    await page.getByRole("button", { name: "Send the message" }).click();
    await expect(page.getByText("Message sent")).toBeVisible();
    await expect.poll(() => mailTo(email).filter((m) => m.includes("When is your next meeting?")).length, { timeout: 15_000 }).toBe(1);
  });
});
