import { test, expect } from "@playwright/test";
import { mailTo, setPasswordAndSignIn, totp, ukDateFields, uniqueEmail } from "./support";
import { PHONE, fits, fitsHere, linkOn, staffPage } from "./phone";

// The force's staff pages at a phone's width, as the administrator: the pages that belong to no
// one neighbourhood, a partner's, and the team's pages that need nothing phone.spec.ts makes.
// Runs beside phone.spec.ts (the neighbourhood's pages, in order), after the other browser
// tests, on the data they leave; each `fits` names its route for
// server/tests/api/phone_routes.rs, as there.
test.use({ viewport: PHONE, actionTimeout: 15_000 });

test("the force's staff pages fit a phone", async ({ browser }) => {
  test.setTimeout(240_000);
  const page = await staffPage(browser);
  await fits(page, "/staff", "/staff", "staff-dashboard");
  await fits(page, "/staff/account", "/staff/account");
  await fits(page, "/staff/accounts", "/staff/accounts", "staff-accounts");
  await fits(page, "/staff/areas", "/staff/areas");
  await fits(page, "/staff/audit", "/staff/audit", "staff-audit");
  await fits(page, "/staff/outbox", "/staff/outbox");
  await page.goto("/staff/messages");
  await page.getByLabel("The whole force").check();
  await page.getByLabel("Warning", { exact: true }).check();
  await page.getByLabel("Title", { exact: true }).fill("Courier fraud calls across the West Midlands this week");
  await page.getByLabel("Message", { exact: true }).fill("The police and your bank never ask for your card or PIN.");
  const lastDay = page.getByRole("group", { name: /^Last day it applies/ });
  const { day, month, year } = ukDateFields(3);
  await lastDay.getByLabel("Day").fill(day);
  await lastDay.getByLabel("Month").fill(month);
  await lastDay.getByLabel("Year").fill(year);
  await page.getByRole("button", { name: "Save and check the message" }).click();
  await fits(page, "/staff/messages", "/staff/messages");
  await fits(page, "/staff/messages/{reference}", await linkOn(page, "/staff/messages", /^\/staff\/messages\/TM-/), "force-message");
  await fits(page, "/staff/concern-categories", "/staff/concern-categories");
  await fits(page, "/staff/concerns", "/staff/concerns", "staff-concerns");
  await fits(page, "/staff/moderation", "/staff/moderation");
  await fits(page, "/staff/groups", "/staff/groups", "staff-groups");
  await fits(page, "/staff/groups/{reference}", await linkOn(page, "/staff/groups", /^\/staff\/groups\/GRP-/), "staff-group");
  await fits(page, "/staff/guarantee", "/staff/guarantee", "engagement-dashboard");
  await fits(page, "/staff/guarantee/trends", "/staff/guarantee/trends");
  await fits(page, "/staff/guarantee/visibility", "/staff/guarantee/visibility");
  await fits(page, "/staff/guarantee/confidence", "/staff/guarantee/confidence", "confidence-dashboard");
  await fits(page, "/staff/guarantee/hotspots", "/staff/guarantee/hotspots", "hotspots");
  // The concerns raised in these tests are drawn, each circle inside the map.
  const spots = page.locator("circle.hotspot-map__spot");
  expect(await spots.count()).toBeGreaterThan(0);
  const mapBox = (await page.locator("svg.hotspot-map, svg[aria-label^='Map of concerns']").first().boundingBox())!;
  for (const spot of await spots.all()) {
    const box = (await spot.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(mapBox.x - 0.5);
    expect(box.x + box.width).toBeLessThanOrEqual(mapBox.x + mapBox.width + 0.5);
  }
});

test("a partner organisation's pages fit a phone, for the administrator and for its people", async ({ browser }) => {
  test.setTimeout(240_000);
  const page = await staffPage(browser);
  // The administrator registers an organisation working across Birmingham, and invites a person.
  const name = `Birmingham Youth Service ${uniqueEmail("y").slice(2, 8)}`;
  await page.goto("/staff/partners");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Kind of organisation").selectOption({ label: "Youth service" });
  await page.getByLabel("Where it works").selectOption("lpa:birmingham");
  await page.getByRole("button", { name: "Register the organisation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await fitsHere(page, "/staff/partners/{id}", "partner-organisation");
  await fits(page, "/staff/partners", "/staff/partners", "partners");
  await page.getByRole("link", { name }).click();
  const partnerEmail = uniqueEmail("partner");
  await page.getByLabel("Their name").fill("Dana Whitfield");
  await page.getByLabel("Their work email address").fill(partnerEmail);
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByText(/Dana Whitfield has been emailed a link/)).toBeVisible();

  // The team shares a problem of Harborne's with it.
  await page.goto("/staff/neighbourhoods/BW004/problems");
  await page.getByLabel("Problem", { exact: true }).fill("Young people gathering by the shops late at night");
  await page.getByRole("button", { name: "Open problem" }).click();
  await page.goto("/staff/neighbourhoods/BW004/problems");
  await page.getByRole("link", { name: "Young people gathering by the shops late at night" }).first().click();
  await page.getByLabel("Share with").selectOption({ label: name });
  await page.getByRole("button", { name: "Share the problem" }).click();
  await expect(page.getByText(/The problem is shared/)).toBeVisible();

  // Dana chooses a password, sets up the second factor a partner must have, and sees it.
  const setPassword = /\/staff\/reset-password\?token=[A-Za-z0-9_-]+/;
  await expect.poll(() => mailTo(partnerEmail).filter((m) => setPassword.test(m)).length, { timeout: 15_000 }).toBe(1);
  const dana = await (await browser.newContext({ viewport: PHONE })).newPage();
  await dana.goto(mailTo(partnerEmail).find((m) => setPassword.test(m))!.match(setPassword)![0]);
  const password = "lantern harbour kettle 2026";
  await setPasswordAndSignIn(dana, partnerEmail, password);
  await expect(dana.getByRole("heading", { level: 1 })).toHaveText("Set up your second factor");
  const secret = (await dana.locator("#totp-secret").getAttribute("data-secret")) ?? "";
  await dana.getByLabel("Security code").fill(totp(secret));
  await dana.getByRole("button", { name: "Turn on the second factor" }).click();
  await expect(dana.getByRole("heading", { level: 1 })).toHaveText("Hello, Dana Whitfield");
  await fitsHere(dana, "/partner", "partner-home");
  await dana.getByRole("link", { name: "Young people gathering by the shops late at night" }).click();
  await fitsHere(dana, "/partner/problems/{reference}", "partner-problem");
  // What Dana's organisation did is added, credited to it.
  const { day, month, year } = ukDateFields(0);
  await dana.getByLabel("Action", { exact: true }).fill("Outreach workers on Friday and Saturday evenings");
  await dana.getByLabel("Owner", { exact: true }).fill("Dana Whitfield");
  const on = dana.getByRole("group", { name: "Date" });
  await on.getByLabel("Day").fill(day);
  await on.getByLabel("Month").fill(month);
  await on.getByLabel("Year").fill(year);
  await dana.getByRole("button", { name: "Add action" }).click();
  await expect(dana.getByText("Your action has been added for the team to see")).toBeVisible();
  await expect(dana.getByRole("row", { name: /Outreach workers/ })).toContainText(name);
  await fits(dana, "/partner/problems/{reference}", new URL(dana.url()).pathname);

  // A resident's concern of Harborne's (partners.spec.ts raised them) that the team passes to
  // the organisation, in Dana's queue.
  const concern = await linkOn(page, "/staff/neighbourhoods/BW004/concerns", /\/staff\/neighbourhoods\/BW004\/concerns\/NC-/);
  const reference = concern.split("/").pop()!;
  await page.goto(concern);
  await page.getByLabel("Pass it to").selectOption({ label: name });
  await page.getByRole("button", { name: "Pass to the partner" }).click();
  await expect(page.getByText(/The concern is in the partner's queue/)).toBeVisible();
  await fits(dana, "/partner/concerns/{reference}", `/partner/concerns/${reference}`, "partner-concern");
  await dana.context().close();
});

// Here rather than in phone.spec.ts, so the two phone files, one on each browser worker, take
// about as long as each other.
test("a neighbourhood team's own pages fit a phone, and a new PCSO's", async ({ browser }) => {
  test.setTimeout(240_000);
  const page = await staffPage(browser);
  const team = "/staff/neighbourhoods/BW003";
  const member = await linkOn(page, team, /^\/staff\/neighbourhoods\/BW003\/team\/\d+$/);
  await fits(page, "/staff/neighbourhoods/{code}/team/{member}", member, "team-member");
  await fits(page, "/staff/neighbourhoods/{code}/team/{member}/remove", `${member}/remove`);
  await fits(page, "/staff/neighbourhoods/{code}/venues", `${team}/venues`);
  await fits(page, "/staff/neighbourhoods/{code}/venues/{id}", await linkOn(page, `${team}/venues`, /^\/staff\/neighbourhoods\/BW003\/venues\/\d+$/));
  await page.goto(`${team}/problems`);
  await page.getByLabel("Problem", { exact: true }).fill("Speeding on Calthorpe Road");
  await page.getByRole("button", { name: "Open problem" }).click();
  await fits(page, "/staff/neighbourhoods/{code}/problems", `${team}/problems`);
  await fits(page, "/staff/neighbourhoods/{code}/problems/{reference}", await linkOn(page, `${team}/problems`, /^\/staff\/neighbourhoods\/BW003\/problems\/[A-Z]+-/), "problem");
  await fits(page, "/staff/neighbourhoods/{code}/priorities", "/staff/neighbourhoods/BW004/priorities");
  await fits(page, "/staff/neighbourhoods/{code}/priorities/{id}", await linkOn(page, "/staff/neighbourhoods/BW004/priorities", /^\/staff\/neighbourhoods\/BW004\/priorities\/\d+$/), "team-priority");
  await fits(page, "/staff/neighbourhoods/{code}/updates", "/staff/neighbourhoods/BW004/updates");
  await fits(page, "/staff/neighbourhoods/{code}/updates/{id}", await linkOn(page, "/staff/neighbourhoods/BW004/updates", /^\/staff\/neighbourhoods\/BW004\/updates\/\d+$/), "team-update");
  await fits(page, "/staff/neighbourhoods/{code}/time", `${team}/time`);
  // Signing in, as someone not signed in: the administrator's password, then their code.
  const visitor = await (await browser.newContext({ viewport: PHONE })).newPage();
  await fits(visitor, "/staff/sign-in", "/staff/sign-in", "staff-sign-in");
  await fits(visitor, "/staff/forgot-password", "/staff/forgot-password");
  await visitor.goto("/staff/sign-in");
  await visitor.getByLabel("Email address").fill(process.env.PORTAL_E2E_ADMIN_EMAIL ?? "");
  await visitor.getByLabel("Password").fill(process.env.PORTAL_E2E_ADMIN_PASSWORD ?? "");
  await visitor.getByRole("button", { name: "Continue" }).click();
  await expect(visitor.getByLabel("Security code")).toBeVisible();
  await fitsHere(visitor, "/staff/sign-in/code", "staff-sign-in-code");

  // A new PCSO for Edgbaston: invited by the administrator, they choose their password from the
  // emailed link, sign in, and use the team's pages as themselves.
  const pcsoEmail = uniqueEmail("pcso");
  await page.goto("/staff/accounts");
  await page.getByLabel("Name", { exact: true }).fill("Jordan Okafor");
  await page.getByLabel("Email address").fill(pcsoEmail);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Neighbourhood team member" });
  const edgbaston = await page.locator("#neighbourhood_id option", { hasText: "Edgbaston" }).first().getAttribute("value");
  await page.getByLabel("Neighbourhood (for team members)").selectOption(edgbaston ?? "");
  await page.getByRole("button", { name: "Add staff account and invite them" }).click();
  const setPassword = /\/staff\/reset-password\?token=[A-Za-z0-9_-]+/;
  await expect.poll(() => mailTo(pcsoEmail).filter((m) => setPassword.test(m)).length, { timeout: 15_000 }).toBe(1);
  const pcso = await (await browser.newContext({ viewport: PHONE })).newPage();
  await fits(pcso, "/staff/reset-password", mailTo(pcsoEmail).find((m) => setPassword.test(m))!.match(setPassword)![0], "staff-invitation");
  const pcsoPassword = "kettle library lantern 2026";
  await setPasswordAndSignIn(pcso, pcsoEmail, pcsoPassword);
  await expect(pcso.getByRole("heading", { level: 1 })).toHaveText("Hello, Jordan Okafor");
  await fitsHere(pcso, "/staff", "staff-dashboard-pcso");
  await fits(pcso, "/staff/neighbourhoods/{code}/surgeries", `${team}/surgeries`, "pcso-surgeries");
  await fits(pcso, "/staff/neighbourhoods/{code}/concerns", `${team}/concerns`, "pcso-concerns");
  // A second factor is their choice: the set-up page, with its QR code.
  await fits(pcso, "/staff/two-factor", "/staff/two-factor", "two-factor-set-up");
  await expect(pcso.getByRole("heading", { level: 1 })).toHaveText("Set up your second factor");
  await expect(pcso.locator("svg").first()).toBeVisible();
  await pcso.context().close();

  // Recording attendance at the library: each booking is a card, its buttons on screen.
  await page.goto("/staff/neighbourhoods/BW001/surgeries");
  await page.getByRole("link", { name: /^Coffee with your PCSO/ }).first().click();
  const attended = page.getByRole("button", { name: /^Attended/ }).first();
  await expect(attended).toBeVisible();
  const box = await attended.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
});
