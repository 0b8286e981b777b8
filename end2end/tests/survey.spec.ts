import { test, expect } from "@playwright/test";
import { expectNoAccessibilityViolations, signInByEmailedLink, uniqueEmail } from "./support";

// Answers are counted, never kept with a name; a quarter's results show from 10 answers. The
// phone test checks the survey page itself with axe (axe needs JavaScript).
test("a resident without JavaScript answers the confidence survey once this quarter", async ({ browser }) => {
  const resident = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await resident.goto("/neighbourhoods/BW004");
  await resident.getByRole("link", { name: "How do you feel about policing here? Answer four short questions" }).click();
  await expect(resident.getByText(/^Sign in to answer/)).toBeVisible();
  await signInByEmailedLink(resident, uniqueEmail("survey"));
  // Signed in, they are back at the questions.
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText(/^How do you feel about policing in /);

  // A question left out is named, and what was chosen is kept.
  const understand = resident.getByRole("group", { name: "The police in this area understand the issues that affect this community" });
  await understand.getByLabel("Tend to agree").check();
  await resident.getByRole("button", { name: "Send your answers" }).click();
  await expect(resident.locator(".error-summary")).toContainText("Select how safe you feel walking alone in this area after dark");
  await expect(understand.getByLabel("Tend to agree")).toBeChecked();

  await resident.getByRole("group", { name: "The police in this area deal with the things that matter to this community" }).getByLabel("Neither agree nor disagree").check();
  await resident.getByRole("group", { name: "The police in this area can be relied on to be there when you need them" }).getByLabel("Strongly agree").check();
  await resident.getByRole("group", { name: "How safe do you feel walking alone in this area after dark?" }).getByLabel("Fairly safe").check();
  await resident.getByRole("button", { name: "Send your answers" }).click();
  await expect(resident.getByText("Thank you: your answers are counted")).toBeVisible();
  await expect(resident.getByText(/^You have answered this quarter\./)).toBeVisible();
  await expect(resident.getByRole("button", { name: "Send your answers" })).toHaveCount(0);
  await resident.context().close();

  // While the quarter lasts, the page shows only how many have answered.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/neighbourhoods/BW004/how-we-are-doing");
  await expect(visitor.getByRole("heading", { name: "Confidence and feeling safe" })).toBeVisible();
  await expect(visitor.getByText(/Residents who have answered so far: fewer than 5\./)).toBeVisible();
  await expectNoAccessibilityViolations(visitor);
  await visitor.context().close();
});
