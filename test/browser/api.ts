/**
 * Calls to the API under test (the `wrangler dev` of global-setup.ts) that browser and client
 * tests share: an admin write, and a status change with the If-Match the API requires.
 */
import { inject } from "vitest";

const api = inject("apiOrigin");
const admin = inject("adminToken");

/** An admin request; a status of 300 or more throws with the problem text. */
export async function apiCall(method: string, path: string, body?: unknown) {
  const res = await fetch(`${api}${path}`, {
    method,
    headers: { Authorization: `Bearer ${admin}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** A status change with If-Match, as the API requires: the ETag read just before. */
export async function setStatus(id: string | undefined, body: unknown) {
  const current = await fetch(`${api}/v1/claims/${id}`);
  const etag = current.headers.get("ETag") ?? "";
  await current.arrayBuffer();
  const res = await fetch(`${api}/v1/claims/${id}/status`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${admin}`,
      "Content-Type": "application/json",
      "If-Match": etag,
    },
    body: JSON.stringify(body),
  });
  if (res.status !== 200) throw new Error(`status change: ${res.status} ${await res.text()}`);
  return res.json();
}
