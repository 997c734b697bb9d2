// Admin settings: users (docs/AUTH), fee schedules (docs/MONEY.md), alert rules and webhooks
// (docs/ANALYTICS.md).
import { get, post, put, del, request } from "../../api.js";

export const users = () => get("users");
export const addUser = (user) => post("users", user);
/** {role?, active?, display_name?}: a new role or a deactivation ends the user's sessions. */
export const changeUser = (id, changes) => request(`users/${id}`, { method: "PATCH", body: changes });
/** An admin sets a new password for a user who lost theirs; their sessions end. */
export const resetPassword = (id, password) => post(`users/${id}/password`, { password });

/** A list of schedules, each the whole document with its platform and version. */
export const feeSchedules = () => get("fee-schedules");
/** The whole schedule with the version read (a stale version is 409). */
export const saveFeeSchedule = (platform, schedule) => put(`fee-schedules/${platform}`, schedule);

export const alertRules = () => get("alerts/rules");
/** Only the kinds sent change: [{rule_type, threshold_days, threshold_value?, enabled}]. */
export const saveAlertRule = (rule) => put("alerts/rules", [rule]);

/** The events a webhook can subscribe to (at least one). */
export const WEBHOOK_EVENTS = ["item.sold", "item.needs_delist", "import.completed", "import.failed", "alert.raised"];
export const webhooks = () => get("webhooks");
/** Answers the webhook with its secret: shown this once. */
export const addWebhook = (hook) => post("webhooks", hook);
export const removeWebhook = (id) => del(`webhooks/${id}`);
export const deliveries = (id) => get(`webhooks/${id}/deliveries?limit=20`);
