import { test, expect } from "@playwright/test";
import { join } from "node:path";
import { mailTo, signInByEmailedLink, ukDateFields, uniqueEmail } from "./support";
import { PHONE, fits, fitsHere, linkOn, staffPage } from "./phone";

// Every page in the route list, at a phone's width, as the person who uses it and with the data
// it is for (bookings, a waiting list, concerns, groups, a vote): nothing on it may make the page
// scroll sideways, and axe finds no WCAG 2.2 A or AA failure on it (./phone.ts). Each `fits`
// names its route as the route list writes it; an integration test
// (server/tests/api/phone_routes.rs) checks that every route is named here or in
// phone-force.spec.ts (the force's staff pages and the team's that need nothing made here, which
// runs beside this), so a new page cannot be missed. The main pages are kept as 390 px screenshots among the test artefacts. It runs after
// the other browser tests (its own project), on the data they leave.
// A step that cannot happen fails in seconds, not at the end of the whole journey.
test.use({ viewport: PHONE, actionTimeout: 15_000 });
test.describe.configure({ mode: "serial" });

// Made by the resident's journey, used by the team's.
let surgeryPath = "";
/** The signed-in resident of the first test, who follows Edgbaston. */
const FOLLOWER = join(process.env.PORTAL_E2E_STATE_DIR ?? "test-results", "phone-follower.json");
let votePath = "";
/** The resident of the first test, and the group they registered there. */
let residentEmail = "";
let groupName = "";

test("a visitor's and a resident's pages fit a phone", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await fits(page, "/", "/", "home");
  await fits(page, "/neighbourhoods/{code}", "/neighbourhoods/BW003", "neighbourhood");
  await fits(page, "/neighbourhoods/{code}/how-we-are-doing", "/neighbourhoods/BW003/how-we-are-doing", "how-we-are-doing");
  await fits(page, "/neighbourhoods/{code}/messages", "/neighbourhoods/BW003/messages");
  await fits(page, "/surgeries", "/surgeries?postcode=B15%202TT", "surgeries-near-you");
  await fits(page, "/groups", "/groups");
  await fits(page, "/concerns/new", "/concerns/new");
  await fits(page, "/accessibility", "/accessibility");
  await fits(page, "/privacy", "/privacy");
  await fits(page, "/api", "/api");
  await fits(page, "/neighbourhoods/{code}/priorities/{id}", await linkOn(page, "/neighbourhoods/BW004", /^\/neighbourhoods\/BW004\/priorities\/\d+$/));

  // Booking: the surgery, the time, checking, the booking, and the emailed cancel link.
  const email = uniqueEmail("phone");
  // The next booked surgery (the demo's drop-ins take no bookings).
  await page.goto("/neighbourhoods/BW003");
  surgeryPath = (await page.getByRole("link", { name: /^PCSO surgery at/ }).first().getAttribute("href")) ?? "";
  await fits(page, "/surgeries/{id}", surgeryPath, "surgery");
  await page.getByRole("link", { name: "Book a place" }).click();
  await fitsHere(page, "/sign-in", "sign-in");
  await signInByEmailedLink(page, email, (confirm) => fitsHere(confirm, "/sign-in/confirm", "sign-in-confirm"));
  residentEmail = email;
  await fitsHere(page, "/surgeries/{id}/book", "choose-a-time");
  await page.getByRole("radio").first().check();
  await page.getByLabel("What would you like to talk about?").fill("Cars parked on the pavement outside the school gates");
  await page.getByRole("button", { name: "Continue" }).click();
  await fitsHere(page, "/surgeries/{id}/book/check", "check-your-booking");
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Booking complete");
  const bookingPath = new URL(page.url()).pathname;
  await fitsHere(page, "/account/bookings/{reference}", "booking-complete");
  await fits(page, "/account/bookings/{reference}", bookingPath, "your-booking");
  await fits(page, "/account/bookings/{reference}", `${bookingPath}?cancel=ask`, "cancel-are-you-sure");
  // Booking the same surgery again explains that they already have a place, on their booking.
  await page.goto(`${surgeryPath}/book`);
  await expect(page.getByText(/^You already have a place at this surgery/)).toBeVisible();
  await fitsHere(page, "/account/bookings/{reference}", "already-booked");
  await expect.poll(() => mailTo(email).filter((m) => m.includes("Booked:")).length, { timeout: 15_000 }).toBe(1);
  const cancelLink = mailTo(email).find((m) => m.includes("Booked:"))!.match(/\/bookings\/cancel\?token=[A-Za-z0-9_-]+/)![0];
  await fits(page, "/bookings/cancel", cancelLink, "cancel-by-link");
  await fits(page, "/sign-in/check-email", "/sign-in/check-email");

  // A concern, from the form to its page in the account.
  await fits(page, "/neighbourhoods/{code}/concerns/new", "/neighbourhoods/BW003/concerns/new", "raise-a-concern");
  await page.getByLabel("Where is it happening?").fill("The park gates on Calthorpe Road");
  await page.getByLabel("Vehicles and speeding").check();
  await page.getByLabel("What is happening?").fill("Cars race past the park gates most evenings.");
  await page.getByRole("radio", { name: "No" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await fitsHere(page, "/neighbourhoods/{code}/concerns/new/check", "check-your-concern");
  await page.getByRole("button", { name: "Send your concern" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Concern sent");
  await fitsHere(page, "/account/concerns/{reference}", "concern-sent");
  await fits(page, "/account/concerns/{reference}", new URL(page.url()).pathname, "your-concern");

  // A group the resident organises.
  await fits(page, "/groups/new", "/groups/new");
  groupName = `Phone Street Residents ${uniqueEmail("g").slice(2, 8)}`;
  await page.getByLabel("Group name").fill(groupName);
  await page.getByLabel("Residents' association").check();
  await page.getByLabel("Which neighbourhood does the group work in?").selectOption("BW003");
  await page.getByLabel("What does the group do?").fill("We meet monthly at the library.");
  await page.getByRole("button", { name: "Register the group" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Group registered");
  const groupPath = new URL(page.url()).pathname;
  await fitsHere(page, "/groups/{reference}", "group");
  await fits(page, "/groups/{reference}/dashboard", `${groupPath}/dashboard`, "group-dashboard");
  await fits(page, "/groups/{reference}/members", `${groupPath}/members`, "group-members");

  // A vote the team opens now, from its page to checking the choice.
  const staff = await staffPage(browser);
  await staff.goto("/staff/neighbourhoods/BW003/votes");
  const opens = ukDateFields(-1);
  const closes = ukDateFields(7);
  await staff.getByLabel("Question", { exact: true }).fill("What should the Edgbaston team work on first?");
  await staff.getByLabel("Options", { exact: true }).fill("Speeding on Calthorpe Road\nParking outside the school\nLitter by the shops");
  await staff.getByLabel("How many options each person may choose").fill("1");
  for (const [group, day, time] of [["Opens on", opens, "9am"], ["Closes on", closes, "5pm"]] as const) {
    const dates = staff.getByRole("group", { name: group });
    await dates.getByLabel("Day").fill(day.day);
    await dates.getByLabel("Month").fill(day.month);
    await dates.getByLabel("Year").fill(day.year);
    await staff.getByLabel(group === "Opens on" ? "Opens at" : "Closes at").fill(time);
  }
  await staff.getByLabel("Any signed-in resident").check();
  await staff.getByRole("button", { name: "Set up the vote" }).click();
  await expect(staff.getByText("The vote has been set up")).toBeVisible();
  votePath = (await staff.getByRole("link", { name: "See the public page" }).getAttribute("href")) ?? "";
  await fits(page, "/votes/{id}", votePath, "vote");
  await fits(page, "/votes/{id}/postcode", `${votePath}/postcode`);
  await fits(page, "/votes/{id}/choose", `${votePath}/choose`, "vote-choose");
  await page.getByLabel("Speeding on Calthorpe Road").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await fitsHere(page, "/votes/{id}/check", "vote-check");

  // The confidence survey, and what it says of questions not answered.
  await fits(page, "/neighbourhoods/{code}/survey", "/neighbourhoods/BW003/survey", "survey");
  await page.getByRole("button", { name: "Send your answers" }).click();
  await fitsHere(page, "/neighbourhoods/{code}/survey", "survey-problems");

  // The account, with all of it.
  await fits(page, "/account", "/account", "account");
  await fits(page, "/account/delete", "/account/delete");
  // The resident follows the neighbourhood, so the team's message reaches them (in the team's
  // test, which signs in as them rather than asking for another sign-in link).
  await page.goto("/neighbourhoods/BW003");
  await page.getByRole("button", { name: "Follow this neighbourhood" }).click();
  await page.context().storageState({ path: FOLLOWER });

  // A waiting list: the team lowers the first time's places to the one booked, and a second
  // resident asks for it.
  const surgeryId = surgeryPath.split("/").pop();
  await staff.goto(`/staff/neighbourhoods/BW003/surgeries/${surgeryId}`);
  await staff.getByLabel(/^Places from /).first().fill("1");
  await staff.getByRole("button", { name: /^Change the places from/ }).first().click();
  const second = await (await browser.newContext({ viewport: PHONE })).newPage();
  await second.goto(`${surgeryPath}/book`);
  await signInByEmailedLink(second, uniqueEmail("phone-waiting"));
  await second.getByRole("radio").first().check();
  await second.getByLabel("What would you like to talk about?").fill("The same as everyone: parking");
  await second.getByRole("button", { name: "Continue" }).click();
  await second.getByRole("button", { name: /waiting list/i }).click();
  await expect(second.getByText("You are on the waiting list").first()).toBeVisible();
  await fitsHere(second, "/account", "account-waiting");
});

test("a neighbourhood team's pages fit a phone", async ({ browser }) => {
  test.setTimeout(240_000);
  const page = await staffPage(browser);
  const team = "/staff/neighbourhoods/BW003";
  await fits(page, "/staff/neighbourhoods/{code}", team, "manage-neighbourhood");
  await fits(page, "/staff/neighbourhoods/{code}/surgeries", `${team}/surgeries`, "team-surgeries");
  await fits(page, "/staff/neighbourhoods/{code}/surgeries/{id}", `${team}${surgeryPath}`, "team-surgery-waiting-list");
  await expect(page.getByRole("heading", { name: /^Waiting list \(1\)/ })).toBeVisible();
  await fits(page, "/staff/neighbourhoods/{code}/concerns", `${team}/concerns`);
  await fits(page, "/staff/neighbourhoods/{code}/concerns/{reference}", await linkOn(page, `${team}/concerns`, /^\/staff\/neighbourhoods\/BW003\/concerns\/NC-/), "team-concern");
  await fits(page, "/staff/neighbourhoods/{code}/votes", `${team}/votes`);
  await fits(page, "/staff/neighbourhoods/{code}/votes/{id}", `${team}${votePath}`, "team-vote");
  await page.goto(`${team}/messages`);
  await page.getByLabel("Crime prevention advice", { exact: true }).check();
  await page.getByLabel("Title", { exact: true }).fill("Lock your bike to the stands by the library, with two locks if you can");
  await page.getByLabel("Message", { exact: true }).fill("Bikes have been taken from the racks: https://www.example.org/a-long-address-that-must-wrap-on-a-phone-screen");
  await page.getByRole("button", { name: "Save and check the message" }).click();
  await fits(page, "/staff/neighbourhoods/{code}/messages", `${team}/messages`);
  const teamMessage = await linkOn(page, `${team}/messages`, /^\/staff\/neighbourhoods\/BW003\/messages\/TM-/);
  await fits(page, "/staff/neighbourhoods/{code}/messages/{reference}", teamMessage, "team-message");
  // The resident of the first test follows the neighbourhood: the message reaches them.
  const follower = await (await browser.newContext({ storageState: FOLLOWER, viewport: PHONE })).newPage();
  // Sent, it is soon out (the server's job queues it): then residents may say if it was useful.
  await page.getByLabel("Now", { exact: true }).check();
  await page.getByRole("button", { name: "Send the message" }).click();
  const useful = `/messages/${teamMessage.split("/").pop()}/useful`;
  await expect.poll(async () => (await page.request.get(useful)).status(), { timeout: 30_000 }).toBe(200);
  await fits(page, "/messages/{reference}/useful", `${useful}?answer=yes`);
  const yours = `/account/messages/${teamMessage.split("/").pop()}`;
  await expect.poll(async () => (await follower.request.get(yours)).status(), { timeout: 30_000 }).toBe(200);
  await fits(follower, "/account/messages/{reference}", yours, "your-message");
  await follower.getByLabel("Your reply").fill("Thank you: the racks by the library have no lights at night, which may be why.");
  await follower.getByRole("button", { name: "Send your reply" }).click();
  await fitsHere(follower, "/account/messages/{reference}", "your-message-replied");
  await follower.context().close();
  await fits(page, "/staff/neighbourhoods/{code}/replies/{reference}", await linkOn(page, `${team}/messages`, /^\/staff\/neighbourhoods\/BW003\/replies\/MR-/), "team-replies");

  // The emailed link that stops a kind of email, from the message that reached the follower.
  const unsubscribe = /\/email-preferences\/unsubscribe\?[^\s"<>]+/;
  await expect.poll(() => mailTo(residentEmail).filter((m) => unsubscribe.test(m)).length, { timeout: 30_000 }).toBeGreaterThan(0);
  const stopLink = mailTo(residentEmail).find((m) => unsubscribe.test(m))!.match(unsubscribe)![0].replace(/&amp;/g, "&");
  await fits((await (await browser.newContext({ viewport: PHONE })).newPage()), "/email-preferences/unsubscribe", stopLink, "unsubscribe");

  // The resident's group, verified, invites a neighbour, who opens the emailed invitation.
  await page.goto("/staff/groups");
  await page.getByRole("link", { name: groupName }).click();
  await page.getByLabel("Verify it").check();
  await page.getByRole("button", { name: "Save the decision" }).click();
  await expect(page.getByText("Group verified: its page is public")).toBeVisible();
  const organiser = await (await browser.newContext({ storageState: FOLLOWER, viewport: PHONE })).newPage();
  await organiser.goto("/groups");
  await organiser.getByRole("link", { name: groupName }).click();
  await organiser.goto(`${new URL(organiser.url()).pathname}/members`);
  const neighbour = uniqueEmail("phone-neighbour");
  await organiser.getByLabel("Their email address").fill(neighbour);
  await organiser.getByRole("button", { name: "Send the invitation" }).click();
  const invitation = /\/groups\/invitations\/accept\?token=[A-Za-z0-9_-]+/;
  await expect.poll(() => mailTo(neighbour).filter((m) => invitation.test(m)).length, { timeout: 15_000 }).toBe(1);
  const accept = mailTo(neighbour).find((m) => invitation.test(m))!.match(invitation)![0];
  await organiser.context().close();
  await fits((await (await browser.newContext({ viewport: PHONE })).newPage()), "/groups/invitations/accept", accept, "group-invitation");

});

test("the finishing touches hold on a phone", async ({ page, browser }) => {
  // A short page shows no band of another colour below its footer.
  await page.goto("/sign-in/check-email");
  const colours = await page.evaluate(() => [
    getComputedStyle(document.documentElement).backgroundColor,
    getComputedStyle(document.querySelector("footer.site-footer")!).backgroundColor,
  ]);
  expect(colours[0]).toBe(colours[1]);

  // Each label of a list of details sits beside or above its value, never over it.
  await page.goto("/neighbourhoods/BW003/how-we-are-doing");
  const rows = page.locator(".summary-list__row");
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) {
    const key = (await row.locator(".summary-list__key").boundingBox())!;
    const value = (await row.locator(".summary-list__value").boundingBox())!;
    const beside = value.x >= key.x + key.width;
    const below = value.y >= key.y + key.height;
    expect(beside || below, `${await row.innerText()}`).toBe(true);
  }

  // No pin is placed yet, so there is none to remove; a radio reached by the keyboard shows it
  // has the focus as every other control does.
  const resident = await (await browser.newContext({ storageState: FOLLOWER, viewport: PHONE })).newPage();
  await resident.goto("/neighbourhoods/BW003/concerns/new");
  const removePin = resident.getByRole("button", { name: "Remove the pin", includeHidden: true });
  await expect(removePin).toHaveCount(1);
  await expect(removePin).toBeHidden();
  await resident.getByLabel("Where is it happening?").focus();
  let onRadio = false;
  for (let i = 0; i < 40 && !onRadio; i++) {
    await resident.keyboard.press("Tab");
    onRadio = await resident.evaluate(() => document.activeElement?.getAttribute("type") === "radio");
  }
  expect(onRadio, "the keyboard reaches the kinds of concern").toBe(true);
  const outline = await resident.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
  expect(outline).toBe("solid 3px");
  await resident.context().close();
});
