// The one way the UI talks to the server: attaches the access token, refreshes it once on a 401
// (POST /api/v1/auth/refresh), and turns error answers (application/problem+json) into ApiError.
const SESSION_KEY = "resell.session";
// Where the application is served (its context root), taken from this module's own address
// (<root>/app/api.js), so the UI works under any context root, not only at /.
export const ROOT = new URL("../", import.meta.url).pathname;
export const BASE = ROOT + "api/v1/";

let session = readSession();
let refreshing = null;

function readSession() {
  try {
    return JSON.parse(localStorage.getItem(SESSION_KEY));
  } catch {
    return null;
  }
}

function keep(tokens) {
  session = tokens;
  if (tokens) localStorage.setItem(SESSION_KEY, JSON.stringify(tokens));
  else localStorage.removeItem(SESSION_KEY);
  window.dispatchEvent(new CustomEvent("resell:session", { detail: tokens?.user ?? null }));
}

/** An error answer: status, the problem's title and detail, and the fields it names. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `The server answered ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** [{field, message}] of a validation problem, or []. */
  get fieldErrors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }

  /** True when the endpoint (or this method of it) does not exist on this server. */
  get missing() {
    return this.status === 404 || this.status === 405;
  }
}

export function currentUser() {
  return session?.user ?? null;
}

export function accessToken() {
  return session?.access_token ?? null;
}

export function hasRole(role) {
  const order = { viewer: 1, staff: 2, admin: 3 };
  return (order[currentUser()?.role] ?? 0) >= order[role];
}

export async function login(email, password) {
  const tokens = await request("auth/login", { method: "POST", body: { email, password }, anonymous: true });
  keep(tokens);
  return tokens.user;
}

export async function logout() {
  const refreshToken = session?.refresh_token;
  keep(null);
  if (refreshToken) {
    await request("auth/logout", { method: "POST", body: { refresh_token: refreshToken }, anonymous: true }).catch(() => {});
  }
}

/** Rotates the tokens once for all requests that got a 401 at the same time. */
function refresh() {
  if (!session?.refresh_token) return Promise.resolve(false);
  refreshing ??= fetch(BASE + "auth/refresh", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ refresh_token: session.refresh_token }),
  })
    .then(async (res) => {
      if (!res.ok) return false;
      keep(await res.json());
      return true;
    })
    .catch(() => false)
    .finally(() => (refreshing = null));
  return refreshing;
}

async function problemOf(res) {
  const type = res.headers.get("Content-Type") || "";
  if (type.includes("json")) {
    try {
      return await res.json();
    } catch {
      /* fall through */
    }
  }
  return { status: res.status, title: res.statusText || `HTTP ${res.status}` };
}

/**
 * Calls the API. path is relative to /api/v1/ unless it starts with "/". body: an object (sent as
 * JSON), FormData, or a string with contentType. Answers the parsed JSON, null for 204, or the
 * Response itself when raw is set. Throws ApiError for error answers.
 */
export async function request(path, { method = "GET", body, contentType, headers = {}, raw = false, anonymous = false, signal } = {}) {
  const url = path.startsWith("/") ? path : BASE + path;
  const send = () => {
    const h = { Accept: "application/json, application/problem+json", ...headers };
    if (!anonymous && session?.access_token) h.Authorization = `Bearer ${session.access_token}`;
    let payload = body;
    if (body !== undefined && !(body instanceof FormData) && typeof body !== "string") {
      payload = JSON.stringify(body);
      h["Content-Type"] = contentType || "application/json";
    } else if (typeof body === "string") {
      h["Content-Type"] = contentType || "application/json";
    }
    return fetch(url, { method, headers: h, body: payload, signal });
  };
  let res = await send();
  if (res.status === 401 && !anonymous && (await refresh())) res = await send();
  if (res.status === 401 && !anonymous) keep(null);
  if (!res.ok && res.status !== 304) throw new ApiError(res.status, await problemOf(res));
  if (raw) return res;
  if (res.status === 204 || res.status === 304) return null;
  const type = res.headers.get("Content-Type") || "";
  return type.includes("json") ? res.json() : res.text();
}

export const get = (path, options) => request(path, options);
export const post = (path, body, options) => request(path, { ...options, method: "POST", body });
export const put = (path, body, options) => request(path, { ...options, method: "PUT", body });
export const del = (path, options) => request(path, { ...options, method: "DELETE" });
export const patch = (path, operations, options) =>
  request(path, { ...options, method: "PATCH", body: JSON.stringify(operations), contentType: "application/json-patch+json" });

/** Fetches a file the API guards (PDF, CSV, PNG) and answers an object URL for it. */
export async function blobUrl(path, accept = "*/*") {
  const res = await request(path, { raw: true, headers: { Accept: accept } });
  const blob = await res.blob();
  return { url: URL.createObjectURL(blob), type: blob.type };
}

/** Builds a query string from the non-empty values of an object. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}
