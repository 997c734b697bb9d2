// Lighthouse (mobile, its default throttling) on the signed-in web UI: dashboard, inventory and
// the first item's page. The UI keeps its session in localStorage ("resell.session", app/api.js),
// which Lighthouse clears before a run unless told not to; so this signs in through the API,
// stores the answer where the UI looks for it, and runs Lighthouse with the storage kept.
//   cd bench/lighthouse && npm ci
//   CHROME_PATH=/usr/bin/chromium RESELL_URL=http://127.0.0.1:8080/ RESELL_ADMIN_EMAIL=... \
//     RESELL_ADMIN_PASSWORD=... node run.mjs [runs per page, default 3]
// Prints, per page, the median run's performance and accessibility scores and its metrics; writes
// each run's JSON report to target/lighthouse/.
import fs from "node:fs";
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";

const base = new URL(process.env.RESELL_URL ?? "http://127.0.0.1:8080/");
const email = process.env.RESELL_ADMIN_EMAIL ?? "admin@resell.local";
const password = process.env.RESELL_ADMIN_PASSWORD;
const runs = Number(process.argv[2] ?? 3);
const out = new URL("../../target/lighthouse/", import.meta.url);
fs.mkdirSync(out, { recursive: true });

async function api(path, init = {}) {
  const answer = await fetch(new URL(`api/v1/${path}`, base), init);
  if (!answer.ok) throw new Error(`${path}: ${answer.status} ${await answer.text()}`);
  return answer.json();
}

const session = await api("auth/login", {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ email, password }),
});
const auth = { headers: { Authorization: `Bearer ${session.access_token}` } };
const first = (await api("inventory?size=1", auth)).items?.[0];
const pages = { dashboard: "#/dashboard", inventory: "#/inventory", item: `#/items/${first?.lot_id}` };

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-dev-shm-usage"],
});
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  const page = await browser.newPage();
  await page.goto(base.href);
  await page.evaluate((s) => localStorage.setItem("resell.session", JSON.stringify(s)), session);
  const port = Number(new URL(browser.wsEndpoint()).port);
  for (const [name, hash] of Object.entries(pages)) {
    const results = [];
    for (let i = 0; i < runs; i++) {
      const { lhr, report } = await lighthouse(
        new URL(hash, base).href,
        { port, output: "json", logLevel: "error", disableStorageReset: true, onlyCategories: ["performance", "accessibility"] },
        undefined,
        page,
      );
      fs.writeFileSync(new URL(`${name}-${i + 1}.json`, out), report);
      results.push(lhr);
    }
    const score = (lhr, c) => Math.round(lhr.categories[c].score * 100);
    const chosen = results.find((r) => score(r, "performance") === median(results.map((r) => score(r, "performance"))));
    const metric = (id) => chosen.audits[id].displayValue;
    console.log(
      `${name.padEnd(9)} performance ${score(chosen, "performance")} (runs: ${results.map((r) => score(r, "performance")).join(", ")})` +
        ` accessibility ${score(chosen, "accessibility")}  FCP ${metric("first-contentful-paint")}  LCP ${metric("largest-contentful-paint")}` +
        `  TBT ${metric("total-blocking-time")}  CLS ${metric("cumulative-layout-shift")}  SI ${metric("speed-index")}`,
    );
    if (chosen.runtimeError) console.log(`  ${chosen.runtimeError.message}`);
  }
} finally {
  await browser.close();
}
