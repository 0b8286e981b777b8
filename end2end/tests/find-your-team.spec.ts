import { test, expect, Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support";

async function findTeam(page: Page, postcode: string) {
  await page.getByLabel("Enter your postcode").fill(postcode);
  await page.getByRole("button", { name: "Find your team" }).click();
}

// Navigation is by full page loads, as on GOV.UK: each page arrives whole from the server, so
// the title, focus and back button behave as the browser makes them.
test.describe("with JavaScript", () => {
  test("a resident types a demo postcode and sees their team", async ({ page }) => {
    await page.goto("/");
    await findTeam(page, " b15 2tt ");

    await expect(page).toHaveURL(/\/neighbourhoods\/BW003$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edgbaston neighbourhood team");
    await expect(page).toHaveTitle("Edgbaston neighbourhood team – Neighbourhood policing");
    await expect(page.getByText("Your named contact officer is")).toBeVisible();
    await expect(page.getByRole("img", { name: "Map of the boundary of Edgbaston" })).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByLabel("Enter your postcode")).toBeVisible();
  });

  test("pages without an island load no script at all", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (["script", "fetch"].includes(request.resourceType())) scripts.push(request.url());
    });
    for (const path of ["/", "/neighbourhoods/BW003", "/sign-in", "/?postcode=B15"]) {
      await page.goto(path);
      expect(await page.locator("script").count()).toBe(0);
    }
    expect(scripts).toEqual([]);
  });

  test("a bad postcode shows the error summary with focus on it", async ({ page }) => {
    await page.goto("/");

    await findTeam(page, "hello");

    const summary = page.locator(".error-summary");
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveText(/Enter a full UK postcode/);
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByLabel("Enter your postcode")).toHaveValue("hello");

    await summary.getByRole("link").click();
    await expect(page.getByLabel("Enter your postcode")).toBeFocused();
  });

  test("a postcode district offers a choice of neighbourhoods", async ({ page }) => {
    await page.goto("/");

    await findTeam(page, "B15");

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Neighbourhoods in B15");
    await page.getByRole("link", { name: "City Centre" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("City Centre neighbourhood team");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident types a demo postcode and sees their team", async ({ page }) => {
    await page.goto("/");
    await findTeam(page, "CV1 5FB");
    await expect(page).toHaveURL(/\/neighbourhoods\/CV010$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("St Michael's neighbourhood team");
  });

  test("a bad postcode shows the error summary with focus on it", async ({ page }) => {
    await page.goto("/");
    await findTeam(page, "");
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveText("Enter a postcode");
    await expect(page).toHaveTitle(/^Error: /);
  });
});

test.describe("accessibility (WCAG 2.2 A and AA)", () => {
  test("the home page", async ({ page }) => {
    await page.goto("/");
    await expectNoAccessibilityViolations(page);
  });

  test("an error page", async ({ page }) => {
    await page.goto("/?postcode=LS1+1UR");
    await expect(page.locator(".error-summary")).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test("a neighbourhood page", async ({ page }) => {
    await page.goto("/neighbourhoods/DY001");
    await expectNoAccessibilityViolations(page);
  });

  for (const path of ["/accessibility", "/privacy", "/staff/forgot-password", "/surgeries", "/surgeries?postcode=B90+1AD"]) {
    test(`the page ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoAccessibilityViolations(page);
    });
  }

  test("the page not found page", async ({ page }) => {
    const response = await page.goto("/neighbourhoods/XX999");
    expect(response?.status()).toBe(404);
    await expectNoAccessibilityViolations(page);
  });
});
