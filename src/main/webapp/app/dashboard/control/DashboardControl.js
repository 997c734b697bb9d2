// Dashboard data: the figures, the lists that need action, and live change events.
import { ROOT, get, query, accessToken } from "../../api.js";

export const dashboard = () => get("dashboard");

/** Sales and profit per month over the last twelve months (including this one). */
export function monthlySales() {
  const now = new Date();
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)).toISOString().slice(0, 10);
  return get(`reports/sales${query({ group_by: "month", date_from: from })}`);
}
export const inventorySummary = () => get(`inventory${query({ limit: 1 })}`);
export const needsReview = () => get(`inventory${query({ needs_review: "true", limit: 8 })}`);
export const delistNow = () => get(`listings${query({ needs_delist: "true", limit: 8 })}`);
/** The newest open alerts ({total, page, limit, alerts}: the first 50 of total); the page shows the first few. */
export const openAlerts = () => get("alerts");

/**
 * Listens to /ws/events and calls onEvent for each message; reconnects with back-off while the
 * page is open. Answers a function that closes the socket. onState gets "live" or "offline".
 * The access token goes as the first message, never in the URL (URLs end up in logs).
 */
export function events(onEvent, onState) {
  let socket;
  let closed = false;
  let delay = 1000;
  const connect = () => {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    socket = new WebSocket(`${scheme}://${location.host}${ROOT}ws/events`);
    socket.onopen = () => socket.send(JSON.stringify({ token: accessToken() ?? "" }));
    socket.onmessage = (m) => {
      let event = m.data;
      try {
        event = JSON.parse(m.data);
      } catch {
        /* a plain text event is fine */
      }
      if (event?.type === "welcome") {
        delay = 1000;
        onState("live"); // the server accepted the token
      }
      onEvent(event);
    };
    socket.onclose = () => {
      onState("offline");
      if (!closed) setTimeout(connect, (delay = Math.min(delay * 2, 30000)));
    };
  };
  connect();
  return () => {
    closed = true;
    socket?.close();
  };
}
