import { defineConfig } from "@playwright/test";

// The portal under test: started by scripts/test.sh, which sets PORTAL_E2E_URL.
const baseURL = process.env.PORTAL_E2E_URL ?? "http://127.0.0.1:3000";

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // Two workers (PORTAL_E2E_WORKERS=1 for one): the files of a project are shared between
  // them, each file's tests in order, each worker with a staff session of its own
  // (auth.setup.ts), so no more than two. Two take the browser tests from about 4.6 to 3.5
  // minutes on 2 cores.
  fullyParallel: false,
  workers: Number(process.env.PORTAL_E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-quic",
        "--no-first-run",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // Signs the administrator in, once for each worker, and saves the sessions the staff tests
    // start from.
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    { name: "portal", testMatch: /.*\.spec\.ts/, testIgnore: /phone(-force)?\.spec\.ts/, dependencies: ["setup"] },
    // Every page at a phone's width, on the data the other tests leave: a neighbourhood's pages
    // and the force's staff pages, side by side.
    { name: "phone", testMatch: /phone(-force)?\.spec\.ts/, dependencies: ["portal"] },
  ],
});
