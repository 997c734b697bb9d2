import { Page, html, render, table, dateTime, humanize, showProblem, clearProblem, formValues, failure, toast } from "../../ui.js";
import * as settings from "../control/SettingsControl.js";

/** The roles, weakest first (docs: viewer reads, staff edits, admin does everything). */
const ROLES = ["viewer", "staff", "admin"];
const TABS = { users: "Users", fees: "Fee schedules", alerts: "Alert rules", webhooks: "Webhooks" };
const RULES = { unsold_days: "Unsold after", listed_no_sale_days: "Listed, no sale for", listed_no_views_days: "Listed, no views for", value_at_risk: "Money tied up after", backup_overdue: "No successful backup for", backup_failed: "Last backup failed, within" };
/** What the JSON box edits: the schedule without the fields the form or the server keeps. */
const KEPT = ["platform", "source", "checked_on", "verified", "version", "updated_by", "updated_at"];
const editable = (s) => Object.fromEntries(Object.entries(s).filter(([k]) => !KEPT.includes(k)));

/** Admin settings: users and roles, platform fee schedules, alert rules and webhooks. */
class SettingsView extends Page {
  load() {
    const current = this.params.get("tab") ?? "users";
    render(
      this,
      html`<h1>Settings</h1>
      <div class="toolbar" role="tablist" aria-label="Settings">${Object.entries(TABS).map(
        ([id, title]) => html`<button type="button" role="tab" data-tab="${id}" aria-selected="${id === current}" class="${id === current ? "" : "secondary"}">${title}</button>`,
      )}</div>
      <section class="card" id="tab" role="tabpanel"></section>`,
    );
    this.onclick = (e) => {
      const tab = e.target.dataset.tab;
      if (!tab) return;
      history.replaceState(null, "", `#/settings?tab=${tab}`);
      this.querySelectorAll("[data-tab]").forEach((b) => {
        b.setAttribute("aria-selected", b === e.target);
        b.className = b === e.target ? "" : "secondary";
      });
      this.show(tab);
    };
    this.show(current);
  }

  async show(tab) {
    const panel = this.querySelector("#tab");
    render(panel, html`<h2>${TABS[tab]}</h2><p aria-busy="true">Loading…</p>`);
    try {
      await this[tab](panel);
    } catch (error) {
      render(panel, html`<h2>${TABS[tab]}</h2>${failure(error, TABS[tab])}`);
    }
  }

  async users(panel) {
    const users = await settings.users();
    render(
      panel,
      html`<h2>Users</h2>
      ${table(users, [
        { key: "email" },
        { key: "display_name", label: "Name" },
        { key: "role", cell: (u) => html`<label class="visually-hidden" for="role-${u.id}">Role of ${u.email}</label><select id="role-${u.id}" data-user-role="${u.id}">${ROLES.map((r) => html`<option value="${r}" ${r === u.role ? "selected" : ""}>${r}</option>`)}</select>` },
        { key: "active", cell: (u) => (u.active ? "yes" : "no") },
        { key: "last_login_at", label: "Last sign-in", cell: (u) => dateTime(u.last_login_at) },
        { key: "id", label: "Actions", cell: (u) => html`<span class="row-actions"><button type="button" class="link" data-user-active="${u.id}" data-active="${!u.active}" aria-label="${u.active ? "Deactivate" : "Reactivate"} ${u.email}">${u.active ? "Deactivate" : "Reactivate"}</button><button type="button" class="link" data-user-password="${u.id}" data-email="${u.email}" aria-label="Set a new password for ${u.email}">Reset password</button></span>` },
      ])}
      <div id="user-slot"></div>
      <h3 style="margin-top:1rem">Add a user</h3>
      <form id="user-form" novalidate><p class="form-error" data-form-error role="alert" hidden></p><div class="fields">
        <div><label for="u-email">Email</label><input id="u-email" name="email" type="email" required></div>
        <div><label for="u-name">Name</label><input id="u-name" name="display_name"></div>
        <div><label for="u-password">Password (10 characters or more)</label><input id="u-password" name="password" type="password" autocomplete="new-password" required></div>
        <div><label for="u-role">Role</label><select id="u-role" name="role"><option value="viewer">viewer: reads</option><option value="staff" selected>staff: edits</option><option value="admin">admin: everything</option></select></div>
      </div><div class="actions"><button type="submit">Add user</button></div></form>`,
    );
    this.submit(panel.querySelector("#user-form"), settings.addUser, "User added", "users");
    const slot = panel.querySelector("#user-slot");
    const change = async (id, changes, done) => {
      try {
        await settings.changeUser(id, changes);
        toast(done);
        this.show("users");
      } catch (error) {
        render(slot, html`<p class="form-error" role="alert">${error.message}</p>`);
      }
    };
    panel.querySelectorAll("[data-user-role]").forEach((select) =>
      select.addEventListener("change", () => change(select.dataset.userRole, { role: select.value }, "Role changed: their sessions ended")),
    );
    panel.querySelectorAll("[data-user-active]").forEach((b) =>
      b.addEventListener("click", () => change(b.dataset.userActive, { active: b.dataset.active === "true" }, b.dataset.active === "true" ? "User reactivated" : "User deactivated: their sessions ended")),
    );
    panel.querySelectorAll("[data-user-password]").forEach((b) =>
      b.addEventListener("click", () => {
        render(
          slot,
          html`<form id="reset-form" class="card" novalidate><h3>New password for ${b.dataset.email}</h3><p class="form-error" data-form-error role="alert" hidden></p>
          <div class="fields"><div><label for="r-password">New password (10 characters or more, not a common one)</label><input id="r-password" name="password" type="password" autocomplete="new-password" required></div></div>
          <div class="actions"><button type="submit" id="r-save">Set password</button></div></form>`,
        );
        this.submit(slot.querySelector("form"), (v) => settings.resetPassword(b.dataset.userPassword, v.password), "Password set: their sessions ended", "users");
        slot.querySelector("#r-password").focus();
      }),
    );
  }

  async fees(panel) {
    const schedules = await settings.feeSchedules();
    render(
      panel,
      html`<h2>Fee schedules</h2><p class="muted">What each platform charges; sales and pricing use the schedule in force. Edit the JSON with care: it is checked before it is saved, and every wrong field is named.</p>
      ${schedules.map(
        (s) => html`<details><summary><strong>${s.platform}</strong> <span class="muted">${s.plan ?? ""} · ${s.checked_on ? `checked ${s.checked_on}` : "not checked"}${s.verified ? " · verified" : ""} · version ${s.version}</span></summary>
        <form class="fee-form" data-platform="${s.platform}" data-version="${s.version}" novalidate><p class="form-error" data-form-error role="alert" hidden></p>
          <div class="fields"><div class="wide"><label for="fee-src-${s.platform}">Source</label><input id="fee-src-${s.platform}" name="source" value="${s.source ?? ""}"></div>
          <div><label for="fee-chk-${s.platform}">Checked on</label><input id="fee-chk-${s.platform}" name="checked_on" type="date" value="${s.checked_on ?? ""}"></div>
          <div><label class="check"><input type="checkbox" name="verified" ${s.verified ? "checked" : ""}> Verified on the platform's own page</label></div></div>
          <label for="fee-${s.platform}">Schedule (JSON: plan, commission, per_order, per_item_fee, listing_fee_per_item, processing, notes)</label><textarea id="fee-${s.platform}" name="schedule" rows="14" spellcheck="false">${JSON.stringify(editable(s), null, 2)}</textarea>
          <div class="actions"><button type="submit">Save ${s.platform}</button></div></form></details>`,
      )}`,
    );
    for (const form of panel.querySelectorAll(".fee-form")) {
      form.addEventListener("submit", async (e) => {
        e.preventDefault();
        clearProblem(form);
        let schedule;
        try {
          schedule = JSON.parse(form.schedule.value);
        } catch (error) {
          showProblem(form, new Error(`The schedule is not valid JSON: ${error.message}`));
          return;
        }
        try {
          const { source, checked_on, verified } = formValues(form);
          await settings.saveFeeSchedule(form.dataset.platform, { ...schedule, platform: form.dataset.platform, source, checked_on, verified, version: Number(form.dataset.version) });
          toast(`Saved the ${form.dataset.platform} fees`);
          this.show("fees");
        } catch (error) {
          showProblem(form, error);
        }
      });
    }
  }

  async alerts(panel) {
    const rules = await settings.alertRules();
    render(
      panel,
      html`<h2>Alert rules</h2><p class="muted">Checked every hour and after each change here; open alerts are on the dashboard.</p>${rules.length ? "" : html`<p class="muted">No rules.</p>`}
      ${rules.map(
        (r) => html`<form class="rule-form toolbar" data-type="${r.rule_type}" novalidate><strong style="min-width:12rem">${RULES[r.rule_type] ?? humanize(r.rule_type)}</strong>
          <div><label for="r-days-${r.id}">Days</label><input id="r-days-${r.id}" name="threshold_days" type="number" min="1" max="3650" value="${r.threshold_days ?? ""}"></div>
          ${r.rule_type === "value_at_risk" ? html`<div><label for="r-value-${r.id}">Cost on hand at least</label><input id="r-value-${r.id}" name="threshold_value" type="number" step="0.01" min="0" value="${r.threshold_value ?? ""}"></div>` : ""}
          <label class="check"><input type="checkbox" name="enabled" ${r.enabled ? "checked" : ""}> On</label>
          <button type="submit">Save</button><p class="form-error" data-form-error role="alert" hidden></p></form>`,
      )}`,
    );
    for (const form of panel.querySelectorAll(".rule-form")) this.submit(form, (v) => settings.saveAlertRule({ rule_type: form.dataset.type, ...v }), "Rule saved", "alerts");
  }

  async webhooks(panel) {
    const hooks = await settings.webhooks();
    render(
      panel,
      html`<h2>Webhooks</h2><p class="muted">Resell posts events (item sold, import finished…) to these addresses, signed with the secret (HMAC-SHA256, see the API documentation).</p>
      <div id="hook-secret"></div>
      ${table(hooks, [{ key: "url" }, { key: "events", cell: (h) => (h.events ?? []).join(", ") }, { key: "active" }, { key: "created_at", label: "Added", cell: (h) => dateTime(h.created_at) }, { key: "id", label: "", cell: (h) => html`<button type="button" class="link" data-deliveries="${h.id}">Deliveries</button> <button type="button" class="link" data-remove="${h.id}">Remove</button>` }], { empty: "No webhooks." })}
      <div id="hook-deliveries"></div>
      <h3 style="margin-top:1rem">Add a webhook</h3>
      <form id="hook-form" novalidate><p class="form-error" data-form-error role="alert" hidden></p><div class="fields">
        <div class="wide"><label for="h-url">URL</label><input id="h-url" name="url" type="url" placeholder="https://example.com/resell" required></div>
        <fieldset class="wide" id="h-events"><legend>Events</legend><input type="hidden" name="events">${settings.WEBHOOK_EVENTS.map(
          (e) => html`<label class="check"><input type="checkbox" data-event="${e}" ${e === "item.sold" ? "checked" : ""}> ${e}</label> `,
        )}</fieldset>
        <div class="wide"><label for="h-secret">Secret (16 characters or more; blank: generated)</label><input id="h-secret" name="secret" autocomplete="off"></div>
      </div><div class="actions"><button type="submit">Add webhook</button></div></form>`,
    );
    panel.querySelectorAll("[data-remove]").forEach((b) =>
      b.addEventListener("click", async () => {
        await settings.removeWebhook(b.dataset.remove).catch((e) => toast(e.message));
        this.show("webhooks");
      }),
    );
    panel.querySelectorAll("[data-deliveries]").forEach((b) =>
      b.addEventListener("click", async () => {
        const out = panel.querySelector("#hook-deliveries");
        try {
          const rows = await settings.deliveries(b.dataset.deliveries);
          render(out, table(rows, [{ key: "event_type", label: "Event" }, { key: "status" }, { key: "attempts" }, { key: "status_code", label: "HTTP" }, { key: "error" }, { key: "delivered_at", label: "Delivered", cell: (d) => dateTime(d.delivered_at) }, { key: "next_attempt_at", label: "Next attempt", cell: (d) => dateTime(d.next_attempt_at) }], { caption: "Latest deliveries", empty: "Nothing delivered yet." }));
        } catch (error) {
          render(out, failure(error));
        }
      }),
    );
    const form = panel.querySelector("#hook-form");
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      clearProblem(form);
      const { url, secret } = formValues(form);
      const events = [...form.querySelectorAll("[data-event]:checked")].map((c) => c.dataset.event);
      try {
        const hook = await settings.addWebhook({ url, events, secret });
        await this.show("webhooks");
        toast("Webhook added");
        render(panel.querySelector("#hook-secret"), html`<p class="notice" role="status">Secret of ${hook.url}: <code>${hook.secret}</code>. Copy it now: it is not shown again.</p>`);
      } catch (error) {
        showProblem(form, error);
      }
    });
  }

  submit(form, send, done, tab) {
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      clearProblem(form);
      try {
        await send(formValues(form));
        toast(done);
        this.show(tab);
      } catch (error) {
        showProblem(form, error);
      }
    });
  }
}

customElements.define("resell-settings", SettingsView);
