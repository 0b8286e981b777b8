import { test, expect, Page } from "@playwright/test";
import { SIGNED_IN, expectNoAccessibilityViolations, signInByEmailedLink, ukDateFields, uniqueEmail } from "./support";

// Wolverhampton's team: no other browser test writes its messages.
const TEAM = "/staff/neighbourhoods/WV001/messages";

/** Writes a message on the team's page and saves it as a draft; its page opens. */
async function writeMessage(page: Page, kind: string, title: string, lastDay?: number) {
  await page.goto(TEAM);
  await page.getByLabel(kind, { exact: true }).check();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Message", { exact: true }).fill(
    "Two cars were broken into on Lichfield Street last night.\n\nIf you saw anything, call 101. More advice: https://www.example.org/cars",
  );
  if (lastDay !== undefined) {
    const { day, month, year } = ukDateFields(lastDay);
    const last = page.getByRole("group", { name: /^Last day it applies/ });
    await last.getByLabel("Day").fill(day);
    await last.getByLabel("Month").fill(month);
    await last.getByLabel("Year").fill(year);
  }
  await page.getByRole("button", { name: "Save and check the message" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { name: "As residents will see it" })).toBeVisible();
}

test.describe("a team's messages", () => {
  test.use({ storageState: SIGNED_IN });

  test("a team member writes a warning, checks it as residents will see it and sends it", async ({ page, browser }) => {
    await page.goto(TEAM);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Messages to residents");
    await expectNoAccessibilityViolations(page);
    // A warning without its last day is refused, with what was typed kept.
    await page.getByLabel("Warning", { exact: true }).check();
    await page.getByLabel("Title", { exact: true }).fill("Thefts from cars on Lichfield Street");
    await page.getByLabel("Message", { exact: true }).fill("Please do not leave anything on show.");
    await page.getByRole("button", { name: "Save and check the message" }).click();
    await expect(page.locator(".error-summary")).toContainText("Enter the last day the warning applies");
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Thefts from cars on Lichfield Street");
    await expectNoAccessibilityViolations(page);

    await writeMessage(page, "Warning", "Thefts from cars on Lichfield Street", 3);
    await expect(page.locator(".preview").getByRole("link", { name: "https://www.example.org/cars" })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.getByLabel("Now", { exact: true }).check();
    await page.getByRole("button", { name: "Send the message" }).click();
    await expect(page.getByText("The message is on its way")).toBeVisible();

    // The server's job queues it within seconds: then it is on the public pages.
    const visitor = await (await browser.newContext()).newPage();
    await expect(async () => {
      await visitor.goto("/neighbourhoods/WV001");
      await expect(visitor.getByRole("heading", { name: "Warning from the team" })).toBeVisible();
    }).toPass({ timeout: 30_000 });
    await expect(visitor.getByText("Thefts from cars on Lichfield Street").first()).toBeVisible();
    await expectNoAccessibilityViolations(visitor);
    await visitor.getByRole("link", { name: "Read the warning in full" }).click();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(/^Messages from the .* team$/);
    await expect(visitor.getByText(/^Applies until the end of/)).toBeVisible();
    await expectNoAccessibilityViolations(visitor);
    await visitor.context().close();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("a team member sets news to go tomorrow, then cancels it", async ({ page }) => {
      await writeMessage(page, "Local news", "The station front office opens on Sundays");
      const { day, month, year } = ukDateFields(1);
      await page.getByLabel("At a time I choose").check();
      const when = page.getByRole("group", { name: "Day it goes" });
      await when.getByLabel("Day").fill(day);
      await when.getByLabel("Month").fill(month);
      await when.getByLabel("Year").fill(year);
      await page.getByLabel("Time", { exact: true }).fill("9am");
      await page.getByRole("button", { name: "Send the message" }).click();
      await expect(page.getByText(/^The message will go on /)).toBeVisible();
      await page.getByRole("button", { name: "Cancel the message" }).click();
      await expect(page.getByText("The message is cancelled. It will not be sent.")).toBeVisible();
      await expect(page.getByText("Cancelled: not sent")).toBeVisible();
    });
  });
});

test.describe("a resident without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("chooses which kinds of message come by email", async ({ page }) => {
    await page.goto("/sign-in");
    await signInByEmailedLink(page, uniqueEmail("messages"));
    await page.goto("/account");
    const news = page.getByRole("group", { name: "Local news" });
    await news.getByLabel("Do not email me").check();
    await page.getByRole("button", { name: "Save your choices" }).click();
    await expect(page.getByText("Your choices of messages are saved")).toBeVisible();
    await expect(page.getByRole("group", { name: "Local news" }).getByLabel("Do not email me")).toBeChecked();
    await expect(page.getByRole("group", { name: "Warning" }).getByLabel("Email me as they are sent")).toBeChecked();
  });
});
