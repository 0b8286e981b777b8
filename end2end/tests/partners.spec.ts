import { test, expect, Browser, Page } from "@playwright/test";
import { SIGNED_IN, expectNoAccessibilityViolations, mailTo, raiseConcern, residentContext, setPasswordAndSignIn, totp, ukDateFields, uniqueEmail } from "./support";

/** axe runs in the page, so only where JavaScript is on. */
async function checkAccessibility(page: Page, javaScript: boolean) {
  if (javaScript) await expectNoAccessibilityViolations(page);
}

/**
 * A partner's journey: the administrator registers an organisation (told first what is missing)
 * and invites one of its people; the team shares a problem with it; the person chooses a
 * password, sets up the second factor a partner must have, and records what the organisation did
 * and whether it made a difference (told first what is missing each time), credited to it on the
 * team's page; the team passes a resident's
 * concern to the organisation, the resident lets it see their name and email address, and the
 * person replies to them (told first what is missing), the reply reaching the resident under the
 * organisation's name; the administrator then disables the account, and the person is signed out.
 */
async function partnersJourney(browser: Browser, javaScript: boolean) {
  const admin = await (await browser.newContext({ javaScriptEnabled: javaScript, storageState: SIGNED_IN })).newPage();
  const unique = uniqueEmail("p").slice(2, 8);
  const name = `Harborne Housing ${unique}`;
  const title = `Bins left out on the Harborne estate ${unique}`;

  await admin.goto("/staff/partners");
  await admin.getByLabel("Kind of organisation").selectOption({ label: "Housing provider" });
  await admin.getByRole("button", { name: "Register the organisation" }).click();
  const summary = admin.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary.getByRole("link", { name: "Enter the organisation's name" })).toBeVisible();
  await checkAccessibility(admin, javaScript);
  await admin.getByLabel("Name", { exact: true }).fill(name);
  await admin.getByLabel("Where it works").selectOption("neighbourhood:BW004");
  await admin.getByRole("button", { name: "Register the organisation" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(name);
  const email = uniqueEmail("housing");
  await admin.getByLabel("Their name").fill("Priya Shah");
  await admin.getByLabel("Their work email address").fill(email);
  await admin.getByRole("button", { name: "Send the invitation" }).click();
  await expect(admin.getByText(/Priya Shah has been emailed a link/)).toBeVisible();
  const organisationPage = new URL(admin.url()).pathname;
  await checkAccessibility(admin, javaScript);

  // The team opens a problem and shares it.
  await admin.goto("/staff/neighbourhoods/BW004/problems");
  await admin.getByLabel("Problem", { exact: true }).fill(title);
  await admin.getByRole("button", { name: "Open problem" }).click();
  await admin.goto("/staff/neighbourhoods/BW004/problems");
  await admin.getByRole("link", { name: title }).click();
  const problemPage = new URL(admin.url()).pathname;
  await admin.getByLabel("Share with").selectOption({ label: name });
  await admin.getByRole("button", { name: "Share the problem" }).click();
  await expect(admin.getByText(/The problem is shared/)).toBeVisible();
  await expect(admin.getByRole("button", { name: `Stop sharing with ${name}` })).toBeVisible();

  // Priya chooses a password, sets up her second factor and sees the problem.
  const setPassword = /\/staff\/reset-password\?token=[A-Za-z0-9_-]+/;
  await expect.poll(() => mailTo(email).filter((m) => setPassword.test(m)).length, { timeout: 15_000 }).toBe(1);
  const priya = await (await browser.newContext({ javaScriptEnabled: javaScript })).newPage();
  await priya.goto(mailTo(email).find((m) => setPassword.test(m))!.match(setPassword)![0]);
  const password = "allotment lantern kettle 2026";
  await setPasswordAndSignIn(priya, email, password);
  await expect(priya.getByRole("heading", { level: 1 })).toHaveText("Set up your second factor");
  const secret = (await priya.locator("#totp-secret").getAttribute("data-secret")) ?? "";
  await priya.getByLabel("Security code").fill(totp(secret));
  await priya.getByRole("button", { name: "Turn on the second factor" }).click();
  await expect(priya.getByRole("heading", { level: 1 })).toHaveText("Hello, Priya Shah");
  await checkAccessibility(priya, javaScript);
  await priya.getByRole("link", { name: title }).click();
  await expect(priya.getByRole("heading", { level: 1 })).toHaveText(title);

  // What is missing is said, and what was typed is kept; then the action is added.
  const { day, month, year } = ukDateFields(0);
  await priya.getByLabel("Owner", { exact: true }).fill("Priya Shah");
  const on = priya.getByRole("group", { name: "Date" });
  await on.getByLabel("Day").fill(day);
  await on.getByLabel("Month").fill(month);
  await on.getByLabel("Year").fill(year);
  await priya.getByRole("button", { name: "Add action" }).click();
  await expect(priya.getByRole("alert").filter({ hasText: "There is a problem" }).getByRole("link", { name: "Enter what was done, or will be" })).toBeVisible();
  await expect(priya.getByLabel("Owner", { exact: true })).toHaveValue("Priya Shah");
  await checkAccessibility(priya, javaScript);
  await priya.getByLabel("Action", { exact: true }).fill("Moved the estate's bins behind a locked gate");
  await priya.getByRole("button", { name: "Add action" }).click();
  await expect(priya.getByText("Your action has been added for the team to see")).toBeVisible();
  await expect(priya.getByRole("row", { name: /Moved the estate's bins/ })).toContainText(name);

  // Priya assesses whether her organisation's work made a difference: what is missing is said first.
  await priya.getByRole("button", { name: "Save your assessment" }).click();
  await expect(priya.getByRole("alert").filter({ hasText: "There is a problem" }).getByRole("link", { name: "Enter whether your organisation's work made a difference" })).toBeVisible();
  await checkAccessibility(priya, javaScript);
  await priya.getByLabel("Did it work?").fill("No bags left out since the gate went in");
  await priya.getByLabel("How you know (optional)").fill("The caretakers' weekly rounds");
  await priya.getByRole("button", { name: "Save your assessment" }).click();
  await expect(priya.getByText("Your assessment has been saved for the team to see")).toBeVisible();
  await expect(priya.getByLabel("Did it work?")).toHaveValue("No bags left out since the gate went in");

  // The team sees the action and the assessment credited to the organisation.
  await admin.goto(problemPage);
  await expect(admin.getByRole("row", { name: /Moved the estate's bins/ })).toContainText(name);
  await expect(admin.getByRole("definition").filter({ hasText: "No bags left out since the gate went in" })).toContainText("How they know: The caretakers' weekly rounds");

  await concernPassedToPartner(browser, admin, priya, name, javaScript);

  // The administrator disables Priya's account: her next page asks her to sign in.
  await admin.goto(organisationPage);
  await admin.getByRole("button", { name: "Disable for Priya Shah" }).click();
  await expect(admin.getByText("The account has been disabled: they can no longer sign in")).toBeVisible();
  await expect(admin.getByRole("row", { name: /Priya Shah/ })).toContainText("Disabled");
  await priya.goto("/partner");
  await expect(priya).toHaveURL(/\/staff\/sign-in$/);

  await priya.context().close();
  await admin.context().close();
}

/** A resident raises a concern with Harborne's team, who pass it to the organisation `name`. */
async function concernPassedToPartner(browser: Browser, admin: Page, partner: Page, name: string, javaScript: boolean) {
  const resident = await (await residentContext(browser, { javaScriptEnabled: javaScript })).newPage();
  const residentEmail = uniqueEmail("harborne");
  const reference = await raiseConcern(resident, "BW004", residentEmail, {
    where: "The bin store behind Harborne Court",
    kind: "Anti-social behaviour",
    what: "Bags of rubbish are dumped by the bin store every weekend.",
  });
  const yourConcern = new URL(resident.url()).pathname;

  // The team passes it to the organisation.
  await admin.goto(`/staff/neighbourhoods/BW004/concerns/${reference}`);
  await admin.getByLabel("Pass it to").selectOption({ label: name });
  await admin.getByRole("button", { name: "Pass to the partner" }).click();
  await expect(admin.getByText(/The concern is in the partner's queue/)).toBeVisible();
  await expect(admin.getByRole("list", { name: "Partner organisations" })).toContainText(`${name}, passed on`);
  await expect(admin.getByRole("list", { name: "Partner organisations" })).toContainText("the resident has not answered");
  await checkAccessibility(admin, javaScript);

  // The partner sees it without the resident's details until the resident agrees.
  await partner.goto("/partner");
  await partner.getByRole("link", { name: "Anti-social behaviour" }).click();
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(`Concern ${reference}`);
  await expect(partner.getByText("Bags of rubbish are dumped by the bin store")).toBeVisible();
  await expect(partner.getByText(residentEmail)).toHaveCount(0);
  const theirs = new URL(partner.url()).pathname;

  await resident.goto(yourConcern);
  await expect(resident.getByText(`You have not answered yet: ${name} cannot see your name or email address.`)).toBeVisible();
  await checkAccessibility(resident, javaScript);
  await resident.getByRole("button", { name: `Let ${name} see my name and email address` }).click();
  await expect(resident.getByText("Your answer has been saved")).toBeVisible();
  await expect(resident.getByText(`${name} can see your name and email address.`)).toBeVisible();

  // The partner replies: what is missing is said first.
  await partner.goto(theirs);
  await expect(partner.getByText(residentEmail)).toBeVisible();
  await partner.getByRole("button", { name: "Send reply" }).click();
  await expect(partner.getByRole("alert").filter({ hasText: "There is a problem" }).getByRole("link", { name: "Enter your reply to the resident" })).toBeVisible();
  await checkAccessibility(partner, javaScript);
  await partner.getByLabel("Your reply").fill("Our caretakers will clear the bin store on Monday and fit a lock.");
  await partner.getByRole("button", { name: "Send reply" }).click();
  await expect(partner.getByText("Your reply has been sent to the resident")).toBeVisible();

  // It reaches the resident by email and in their concern's thread, under the organisation's name.
  await expect.poll(() => mailTo(residentEmail).filter((m) => m.includes(`${name} has replied about your concern`)).length, { timeout: 15_000 }).toBe(1);
  await resident.goto(yourConcern);
  await expect(resident.getByRole("listitem").filter({ hasText: "Our caretakers will clear the bin store" })).toContainText(name);
  await resident.context().close();
}

for (const javaScript of [true, false]) {
  test(`a partner organisation works a problem with the team, ${javaScript ? "with" : "without"} JavaScript`, async ({ browser }) => {
    test.setTimeout(150_000);
    await partnersJourney(browser, javaScript);
  });
}
