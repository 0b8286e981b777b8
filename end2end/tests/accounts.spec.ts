import { test, expect, Page } from "@playwright/test";
import { SIGNED_IN, expectNoAccessibilityViolations, mailTo, totp, uniqueEmail } from "./support";

// An administrator of their own, so the second factor's set-up is tried here whatever the setup
// project did for the administrator the other tests sign in as.
const NEW_ADMIN_EMAIL = process.env.PORTAL_E2E_NEW_ADMIN_EMAIL ?? "";
const NEW_ADMIN_PASSWORD = process.env.PORTAL_E2E_NEW_ADMIN_PASSWORD ?? "";

test("a resident signs in with the link emailed to them", async ({ page }) => {
  const email = uniqueEmail("resident");
  await page.goto("/sign-in");
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await expect(page.getByText(email)).toBeVisible();

  await expect.poll(() => mailTo(email).length, { timeout: 15_000 }).toBe(1);
  const link = mailTo(email)[0].match(/https?:\/\/\S+\/sign-in\/confirm\?token=[A-Za-z0-9_-]+/)![0];
  await page.goto(link);
  // The link names the account it signs in to.
  await expect(page.getByText(`You are signing in as ${email}`)).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Continue and sign in" }).click();

  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await expect(page.getByText(email).first()).toBeVisible();
  // Only the resident, signed in, names their account.
  await page.getByLabel("Your name (optional)").fill("Sam Jones");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Sam Jones")).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Once used, the link works in no other browser.
  const elsewhere = await page.context().browser()!.newPage();
  await elsewhere.goto(link);
  await expect(elsewhere.getByRole("heading", { level: 1 })).toHaveText("This sign-in link is not working");
  await elsewhere.close();
});

test("an administrator sets up the second factor and signs in with a code", async ({ page }) => {
  await page.goto("/staff/sign-in");
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("Email address").fill(NEW_ADMIN_EMAIL);
  await page.getByLabel("Password").fill(NEW_ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Continue" }).click();

  // Administrators must set up the second factor before anything else.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up your second factor");
  // The copy button is an island: it appears once the bundle has loaded.
  await expect(page.getByRole("button", { name: "Copy the key" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const secret = (await page.locator("#totp-secret").getAttribute("data-secret")) ?? "";
  expect(secret).not.toBe("");
  await page.getByLabel("Security code").fill(totp(secret));
  await page.getByRole("button", { name: "Turn on the second factor" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, Robin Hale");

  await page.getByRole("button", { name: "Sign out" }).click();
  await page.goto("/staff/sign-in");
  await page.getByLabel("Email address").fill(NEW_ADMIN_EMAIL);
  await page.getByLabel("Password").fill(NEW_ADMIN_PASSWORD);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter your security code");
  // The code just used cannot be used again; the app's next code is accepted already.
  await page.getByLabel("Security code").fill(totp(secret));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".error-summary")).toBeVisible();
  await page.getByLabel("Security code").fill(totp(secret, 1));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, Robin Hale");
  await expectNoAccessibilityViolations(page);
});

// The administrator's own pages, one after another: a member added, then removed.
test.describe.serial("staff", () => {
  test.describe("signed in", () => {
    test.use({ storageState: SIGNED_IN });

    async function openDashboard(page: Page) {
      await page.goto("/staff");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, Alex Morgan");
    }

    test("the administrator adds a team member who then appears on the public page", async ({ page }) => {
      await openDashboard(page);
      const heading = page.getByRole("heading", { level: 1 });
      // The header says who is signed in; the footer no longer offers staff sign in.
      await expect(page.getByRole("navigation", { name: "Account" })).toContainText("Alex Morgan");
      await expect(page.getByRole("link", { name: "Staff sign in" })).toHaveCount(0);

      await page.getByRole("link", { name: "Edgbaston" }).click();
      await expect(heading).toHaveText("Edgbaston");
      await page.getByLabel("Name", { exact: true }).fill("Priya Kaur");
      await page.getByLabel("Rank or role").fill("PCSO");
      await page.getByRole("button", { name: "Add team member" }).click();
      await expect(page.getByText("PCSO Priya Kaur has been added to the team")).toBeVisible();
      await expectNoAccessibilityViolations(page);

      await page.goto("/neighbourhoods/BW003");
      await expect(page.getByRole("listitem").filter({ hasText: "Priya Kaur" })).toBeVisible();
    });

    test("the character count island counts down as the description is typed", async ({ page }) => {
      // Time to wait for the islands and still say, in the failure, why they did not start.
      test.setTimeout(60_000);
      // What the page says if its islands do not start, to show in the failure.
      const said: string[] = [];
      page.on("pageerror", (error) => said.push(error.message));
      page.on("console", (message) => message.type() === "error" && said.push(message.text()));
      page.on("requestfailed", (request) => said.push(`${request.url()}: ${request.failure()?.errorText}`));
      await openDashboard(page);
      const opened = await page.goto("/staff/neighbourhoods/BW003");
      // The policy the page came with, and its loader, for the failure to show.
      const policy = (await opened?.allHeaders())?.["content-security-policy"] ?? "none";
      const loaders = await page.locator("script[type=module]").evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).src));
      said.push(`The page came with ${opened?.status()}, the policy "${policy}", and the loader ${JSON.stringify(loaders)}`);
      // The first page a worker's browser opens compiles the bundle, which on two busy cores can
      // take longer than one check usually waits.
      await expect
        .poll(async () => ((await page.locator("html[data-hydrated]").count()) ? "hydrated" : said.join("\n")), { timeout: 30_000 })
        .toBe("hydrated");
      const about = page.getByLabel("About the neighbourhood");
      await about.fill("A short description.");
      await expect(page.locator("#description-count")).toHaveText("You have 1,980 characters remaining");
      await about.fill("x".repeat(2003));
      await expect(page.locator("#description-count")).toHaveText("You have 3 characters too many");
      await expectNoAccessibilityViolations(page);
    });

    test("removing a team member asks to confirm first", async ({ page }) => {
      await openDashboard(page);
      await page.goto("/staff/neighbourhoods/BW003");
      await page.getByRole("link", { name: "Remove Priya Kaur" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "Are you sure you want to remove PCSO Priya Kaur from the team?",
      );
      await expectNoAccessibilityViolations(page);
      await page.getByRole("link", { name: "No, go back to the team" }).click();
      await expect(page.getByRole("cell", { name: "Priya Kaur", exact: true })).toBeVisible();
      await page.getByRole("link", { name: "Remove Priya Kaur" }).click();
      await page.getByRole("button", { name: "Yes, remove PCSO Priya Kaur" }).click();
      await expect(page.getByText("PCSO Priya Kaur has been removed from the team")).toBeVisible();
    });

    test("without JavaScript the islands leave plain, working pages", async ({ browser }) => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        baseURL: process.env.PORTAL_E2E_URL ?? "http://127.0.0.1:3000",
        storageState: SIGNED_IN,
      });
      const page = await context.newPage();
      await openDashboard(page);
      await page.goto("/staff/neighbourhoods/BW003");
      await expect(page.locator("#description-count")).toHaveText("You can enter up to 2,000 characters");
      await page.goto("/staff/account");
      await expect(page.locator("#totp-secret")).toBeVisible();
      await expect(page.getByRole("button", { name: "Copy the key" })).toBeHidden();
      await context.close();
    });

    test("the administrator's own pages pass the accessibility checks", async ({ page }) => {
      await openDashboard(page);
      for (const [path, heading] of [
        ["/staff/account", "Your sign-in"],
        ["/staff/accounts", "Staff accounts"],
        ["/staff/areas", "Local Policing Areas and neighbourhoods"],
        ["/staff/audit", "Audit log"],
        ["/staff/outbox", "Emails not sent"],
      ]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
        await expectNoAccessibilityViolations(page);
      }
      // The audit log says what happened in words.
      await page.goto("/staff/audit");
      await expect(page.getByText("Alex Morgan turned on their second factor")).toBeVisible();
      await page.getByLabel("Day").first().fill("31");
      await page.getByLabel("Month").first().fill("2");
      await page.getByLabel("Year").first().fill("2026");
      await page.getByRole("button", { name: "Filter" }).click();
      await expect(page.locator(".error-summary")).toBeFocused();
      await expectNoAccessibilityViolations(page);
    });
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member of staff asks for a password reset link", async ({ page }) => {
    await page.goto("/staff/forgot-password");
    await page.getByLabel("Email address").fill("nobody@police.example.uk");
    await page.getByRole("button", { name: "Email me a link" }).click();
    await expect(page.getByText(/If a staff account has the address nobody@police.example.uk/)).toBeVisible();
  });
});
