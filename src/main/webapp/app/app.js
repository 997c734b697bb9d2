// The shell: a hash router that loads each page's module on first use, the sign-in gate and the
// main navigation. Pages are custom elements named resell-<page>.
import { currentUser, hasRole, logout } from "./api.js";

/** Route pattern -> [custom element, module]. :name segments become element attributes. */
const ROUTES = [
  ["login", "resell-login", "./login/boundary/LoginView.js"],
  ["dashboard", "resell-dashboard", "./dashboard/boundary/DashboardView.js"],
  ["inventory", "resell-inventory", "./inventory/boundary/InventoryView.js"],
  ["items/:lot", "resell-item", "./items/boundary/ItemView.js"],
  ["import", "resell-import", "./imports/boundary/ImportView.js"],
  ["invoices", "resell-invoices", "./invoices/boundary/InvoicesView.js"],
  ["invoices/:invoice", "resell-invoices", "./invoices/boundary/InvoicesView.js"],
  ["jobs", "resell-jobs", "./jobs/boundary/JobsView.js"],
  ["backups", "resell-backups", "./backups/boundary/BackupsView.js"],
  ["storage", "resell-storage", "./storage/boundary/StorageView.js"],
  ["storage/:location", "resell-storage", "./storage/boundary/StorageView.js"],
  ["reports", "resell-reports", "./reports/boundary/ReportsView.js"],
  ["tools", "resell-tools", "./tools/boundary/ToolsView.js"],
  ["settings", "resell-settings", "./settings/boundary/SettingsView.js"],
];

function match(path) {
  const parts = path.split("/").filter(Boolean);
  for (const [pattern, tag, module] of ROUTES) {
    const want = pattern.split("/");
    if (want.length !== parts.length) continue;
    const attributes = {};
    if (want.every((w, i) => (w.startsWith(":") ? (attributes[w.slice(1)] = decodeURIComponent(parts[i])) : w === parts[i]))) {
      return { tag, module, attributes };
    }
  }
  return null;
}

let loaded = false;

async function route() {
  const main = document.getElementById("main");
  const path = (location.hash.replace(/^#\/?/, "").split("?")[0] || "dashboard").replace(/\/$/, "");
  if (!currentUser() && path !== "login") {
    sessionStorage.setItem("resell.after-login", location.hash || "#/dashboard");
    location.replace("#/login");
    return;
  }
  const found = match(path);
  shell(path);
  if (!found) {
    main.innerHTML = `<section class="page"><h1>Page not found</h1><p><a href="#/dashboard">Back to the dashboard</a></p></section>`;
    return;
  }
  await import(found.module);
  const page = document.createElement(found.tag);
  for (const [k, v] of Object.entries(found.attributes)) page.setAttribute(k, v);
  main.replaceChildren(page);
  document.title = `${path.split("/")[0].replace(/^./, (c) => c.toUpperCase())} · Resell`;
  // Moving to another page puts the focus at its start; the first page of a load leaves it at the
  // top of the document, so the first Tab reaches the skip link.
  if (loaded && (document.activeElement === document.body || !main.contains(document.activeElement))) main.focus({ preventScroll: true });
  loaded = true;
}

/** Shows the navigation a user may use and marks the current page. */
function shell(path) {
  const user = currentUser();
  const nav = document.getElementById("nav");
  nav.hidden = !user;
  document.getElementById("user").hidden = !user;
  document.getElementById("user-name").textContent = user ? `${user.display_name || user.email} (${user.role})` : "";
  for (const link of nav.querySelectorAll("a")) {
    link.parentElement.hidden = link.dataset.role ? !hasRole(link.dataset.role) : false;
    const target = link.getAttribute("href").slice(2);
    if (path.split("/")[0] === target || (target === "inventory" && path.startsWith("items/"))) {
      link.setAttribute("aria-current", "page");
      link.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
    else link.removeAttribute("aria-current");
  }
}

document.getElementById("logout").addEventListener("click", async () => {
  await logout();
  location.hash = "#/login";
});

window.addEventListener("resell:session", (e) => {
  if (!e.detail && !location.hash.startsWith("#/login")) route();
});
window.addEventListener("hashchange", route);
route();
