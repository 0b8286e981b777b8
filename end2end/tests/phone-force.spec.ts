import { test, expect } from "@playwright/test";
import { ukDateFields } from "./support";
import { PHONE, fits, linkOn, staffPage } from "./phone";

// The force's staff pages at a phone's width, as the administrator: the pages that belong to no
// one neighbourhood. Runs beside phone.spec.ts (the neighbourhood's pages, in order), after the
// other browser tests, on the data they leave; each `fits` names its route for
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
