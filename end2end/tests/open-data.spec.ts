import { test, expect } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support";

test("a developer finds the open data API from the footer and follows an example", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Open data" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data: the neighbourhood API");
  expect(await page.locator("script").count()).toBe(0);
  await expectNoAccessibilityViolations(page);

  const example = page.getByRole("link", { name: /^\/api\/west-midlands\/[A-Z]{2}\d{3}\/people$/ });
  const path = (await example.getAttribute("href")) ?? "";
  const people = await (await page.request.get(path)).json();
  expect(people.length).toBeGreaterThan(0);
  expect(people[0]).toHaveProperty("rank");

  // A page on another site may read the data, as data.police.uk allows.
  const located = await page.request.get(
    (await page.getByRole("link", { name: /^\/api\/locate-neighbourhood/ }).getAttribute("href")) ?? "",
    { headers: { Origin: "https://news.example.org" } },
  );
  expect(located.headers()["access-control-allow-origin"]).toBe("*");
  expect((await located.json()).force).toBe("west-midlands");
});
