// The batch operator console: /api/v1/jobs (admin only).
import { get, post } from "../../api.js";

export const executions = (limit = 100) => get(`jobs?limit=${limit}`);
export const execution = (id) => get(`jobs/${id}`);
export const act = (id, action) => post(`jobs/${id}/${action}`);

/** What an admin may do with an execution in a status. */
export function actions(status) {
  if (status === "STARTED" || status === "STARTING") return ["stop"];
  if (status === "FAILED" || status === "STOPPED") return ["restart", "abandon"];
  return [];
}
