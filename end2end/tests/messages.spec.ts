import { test, expect, Page } from "@playwright/test";
import { SIGNED_IN, expectNoAccessibilityViolations, mailTo, signInByEmailedLink, ukDateFields, uniqueEmail } from "./support";

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

test("a resident without JavaScript chooses which messages come, writes back about one and reads the team's answer", async ({ browser }) => {
  test.setTimeout(120_000);
  // axe needs JavaScript: the phone test checks the resident's page, with and without replies.
  const email = uniqueEmail("reply");
  const resident = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await resident.goto("/sign-in");
  await signInByEmailedLink(resident, email);
  // They choose which kinds of message come by email.
  await resident.goto("/account");
  const news = resident.getByRole("group", { name: "Local news" });
  await news.getByLabel("Do not email me").check();
  await resident.getByRole("button", { name: "Save your choices" }).click();
  await expect(resident.getByText("Your choices of messages are saved")).toBeVisible();
  await expect(resident.getByRole("group", { name: "Local news" }).getByLabel("Do not email me")).toBeChecked();
  await expect(resident.getByRole("group", { name: "Warning" }).getByLabel("Email me as they are sent")).toBeChecked();
  await resident.goto("/neighbourhoods/WV001");
  await resident.getByRole("button", { name: "Follow this neighbourhood" }).click();

  const team = await (await browser.newContext({ storageState: SIGNED_IN })).newPage();
  await writeMessage(team, "Appeal for information", "Have you seen this bike?");
  await team.getByLabel("Now", { exact: true }).check();
  await team.getByRole("button", { name: "Send the message" }).click();
  await expect(team.getByText("The message is on its way")).toBeVisible();

  // Once the server's job has queued it, it is among the messages the resident was sent.
  await expect(async () => {
    await resident.goto("/account");
    await expect(resident.getByRole("link", { name: "Have you seen this bike?" })).toBeVisible();
  }).toPass({ timeout: 30_000 });
  await resident.getByRole("link", { name: "Have you seen this bike?" }).click();
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Have you seen this bike?");
  await expect(resident.getByText("You have not written to the team about this message.")).toBeVisible();
  await resident.getByRole("button", { name: "Send your reply" }).click();
  await expect(resident.locator(".error-summary")).toContainText("Enter your reply");
  await resident.getByLabel("Your reply").fill("A blue bike was left by the canal bridge on Monday.");
  await resident.getByRole("button", { name: "Send your reply" }).click();
  await expect(resident.getByText("Your reply has been sent to the team.")).toBeVisible();
  await expect(resident.getByText("A blue bike was left by the canal bridge on Monday.")).toBeVisible();
  const conversation = resident.url();

  // The team finds it in its inbox, waiting, and answers.
  await team.goto(TEAM);
  await expect(team.getByText("Waiting for an answer", { exact: true }).first()).toBeVisible();
  await team.getByRole("link", { name: "About “Have you seen this bike?”" }).first().click();
  await expect(team.getByText("A blue bike was left by the canal bridge on Monday.")).toBeVisible();
  await expect(team.getByText(email)).toHaveCount(0);
  await expectNoAccessibilityViolations(team);
  await team.getByLabel("Your reply").fill("Thank you. An officer has collected it.");
  await team.getByRole("button", { name: "Send answer" }).click();
  await expect(team.getByText("Your answer is sent.")).toBeVisible();

  // The resident is emailed, and reads the answer in their account.
  await expect.poll(() => mailTo(email).filter((m) => m.includes("An officer has collected it.")).length, { timeout: 15_000 }).toBe(1);
  await resident.goto(conversation);
  await expect(resident.getByText(/^The team answered, /)).toBeVisible();
  await expect(resident.getByText("Thank you. An officer has collected it.")).toBeVisible();
  await resident.context().close();
  await team.context().close();
});
