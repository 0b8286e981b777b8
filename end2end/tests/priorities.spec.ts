import { test, expect, Page } from "@playwright/test";
import { SIGNED_IN, expectNoAccessibilityViolations, signInByEmailedLink, ukDateFields, uniqueEmail } from "./support";

// One vote from opening to results: the tests run in order.
test.describe.configure({ mode: "serial" });

/** Day, month and year of the portal's today moved by `days`, as the date inputs take them. */
function dayFields(days: number): [string, string, string] {
  const { day, month, year } = ukDateFields(days);
  return [day, month, year];
}

let votePath = "";
const QUESTION = "Which should the team work on first?";

/** Signs in by emailed link from the vote's page, chooses `option` and casts the ballot. */
async function vote(page: Page, email: string, option: string, javaScript: boolean) {
  await page.goto(votePath);
  await page.getByRole("link", { name: "Vote", exact: true }).click();
  await expect(page.getByText("Sign in to vote")).toBeVisible();
  await signInByEmailedLink(page, email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(QUESTION);
  if (javaScript) await expectNoAccessibilityViolations(page);
  // Nothing chosen: a clear message.
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".error-summary")).toContainText("Select one option");
  await page.getByLabel(option).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your vote");
  if (javaScript) await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Cast your vote" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vote recorded");
  if (javaScript) await expectNoAccessibilityViolations(page);
}

test.describe("staff opens a vote", () => {
  test.use({ storageState: SIGNED_IN });

  test("a team member opens a vote for Harborne", async ({ page }) => {
    await page.goto("/staff/neighbourhoods/BW004/votes");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Priority votes");
    await expectNoAccessibilityViolations(page);
    const [openDay, openMonth, openYear] = dayFields(-1);
    const [closeDay, closeMonth, closeYear] = dayFields(7);
    await page.getByLabel("Question", { exact: true }).fill(QUESTION);
    await page.getByLabel("Options", { exact: true }).fill("Speeding on the High Street\nParking on pavements\nLitter by the shops");
    // The force offers Welsh: the team gives the question and the options in Welsh too.
    await page.getByLabel("Question in Welsh (optional)").fill("Ar beth ddylai'r tîm weithio gyntaf?");
    await page.getByLabel("Options in Welsh (optional)").fill("Goryrru ar y Stryd Fawr\nParcio ar balmentydd\nSbwriel ger y siopau");
    await page.getByLabel("How many options each person may choose").fill("1");
    const opens = page.getByRole("group", { name: "Opens on" });
    await opens.getByLabel("Day").fill(openDay);
    await opens.getByLabel("Month").fill(openMonth);
    await opens.getByLabel("Year").fill(openYear);
    await page.getByLabel("Opens at").fill("9am");
    const closes = page.getByRole("group", { name: "Closes on" });
    await closes.getByLabel("Day").fill(closeDay);
    await closes.getByLabel("Month").fill(closeMonth);
    await closes.getByLabel("Year").fill(closeYear);
    await page.getByLabel("Closes at").fill("5pm");
    await page.getByLabel("Any signed-in resident").check();
    await page.getByRole("button", { name: "Set up the vote" }).click();
    await expect(page.getByText("The vote has been set up")).toBeVisible();
    await expectNoAccessibilityViolations(page);
    votePath = (await page.getByRole("link", { name: "See the public page" }).getAttribute("href")) ?? "";
    expect(votePath).toMatch(/^\/votes\/\d+$/);
  });
});

test("a resident votes with JavaScript", async ({ page }) => {
  await vote(page, uniqueEmail("voter"), "Speeding on the High Street", true);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("another resident votes", async ({ page }) => {
    await vote(page, uniqueEmail("voter-nojs"), "Speeding on the High Street", false);
  });
});

test.describe("staff closes the vote", () => {
  test.use({ storageState: SIGNED_IN });

  test("the team closes the vote, sets a priority and publishes an update that residents then see", async ({ page }) => {
    await page.goto(`/staff/neighbourhoods/BW004${votePath}`);
    await page.getByRole("button", { name: "Close the vote" }).click();
    await expect(page.getByText("The vote is closed: its results are final")).toBeVisible();
    await page.getByRole("button", { name: /^Make it a priority\b.*Speeding on the High Street/ }).click();
    await expect(page.getByText("It is now one of the neighbourhood's priorities")).toBeVisible();

    await page.goto("/staff/neighbourhoods/BW004/priorities");
    await expectNoAccessibilityViolations(page);
    await page.getByRole("link", { name: "Speeding on the High Street" }).first().click();
    // The priority took the option's Welsh with it; the team gives the action in Welsh too.
    await expect(page.getByRole("textbox", { name: "The issue in Welsh", exact: true })).toHaveValue("Goryrru ar y Stryd Fawr");
    await page.getByRole("textbox", { name: "What the team did", exact: true }).fill("Speed checks on four evenings with the council's team.");
    await page.getByRole("textbox", { name: "What the team did, in Welsh (optional)" }).fill("Gwiriadau cyflymder ar bedair noson gyda thîm y cyngor.");
    const [day, month, year] = dayFields(0);
    const when = page.getByRole("group", { name: "When" });
    await when.getByLabel("Day").fill(day);
    await when.getByLabel("Month").fill(month);
    await when.getByLabel("Year").fill(year);
    await page.getByRole("button", { name: "Record the action" }).click();
    await expect(page.getByText("The action has been recorded")).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.goto("/staff/neighbourhoods/BW004/updates");
    await expectNoAccessibilityViolations(page);
    await page.getByLabel("You said", { exact: true }).fill("Cars speed along the High Street.");
    await page.getByLabel("We did", { exact: true }).fill("Speed checks on four evenings: 12 drivers stopped.");
    await page.getByLabel("We did, in Welsh").fill("Gwiriadau cyflymder ar bedair noson: stopiwyd 12 o yrwyr.");
    await page.getByLabel("Outcome figure (optional)").fill("12 vehicles stopped");
    await page.getByLabel("Speeding on the High Street").check();
    await page.getByRole("button", { name: "Publish the update" }).click();
    await expect(page.getByText(/The update is published/)).toBeVisible();

    await page.goto("/neighbourhoods/BW004");
    await expect(page.getByRole("heading", { name: "Local priorities" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Speeding on the High Street" })).toBeVisible();
    await expect(page.getByText("Speed checks on four evenings: 12 drivers stopped.")).toBeVisible();
    await expectNoAccessibilityViolations(page);
    // Read in Welsh: the team's Welsh, and its English where it gave none.
    await page.getByRole("button", { name: "Cymraeg" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "cy");
    await expect(page.getByRole("link", { name: "Goryrru ar y Stryd Fawr" })).toBeVisible();
    await expect(page.getByText("Gwiriadau cyflymder ar bedair noson: stopiwyd 12 o yrwyr.")).toBeVisible();
    await expect(page.getByText("Cars speed along the High Street.")).toHaveAttribute("lang", "en");
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: "English" }).click();

    await page.goto(votePath);
    await expect(page.getByRole("heading", { name: "Results" })).toBeVisible();
    await expect(page.getByText("2 people voted online")).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const api = await page.request.get("/api/west-midlands/BW004/priorities");
    const priorities = await api.json();
    expect(priorities.some((p: { issue: string; action: string | null }) => p.issue === "Speeding on the High Street" && p.action !== null)).toBe(true);
  });
});
