/** The desk decides a later article's suggestion for a claim, as the API's accept/reject do. */
import { describe, expect, it } from "vitest";
import { DeskClient } from "../desk-client";
import { call, createKey, json } from "../helpers";
import { earlierAndLater } from "../suggestion-fixture";

/** An earlier claim with an open suggestion from a later article. */
async function claimWithSuggestion(): Promise<string> {
  return (await earlierAndLater()).first.id;
}

async function signedIn(role: "submitter" | "factchecker") {
  const desk = new DeskClient();
  await desk.signIn((await createKey(role, `desk-${role}`)).key);
  return desk;
}

const claim = async (id: string) =>
  json<{ status: string; status_label: string; version: number }>(
    await call("GET", `/v1/claims/${id}`),
  );

function formAction(page: string, decision: "accept" | "reject"): string {
  const m = new RegExp(`action="(/desk/suggestions/[^"]+/${decision})"`).exec(page);
  if (!m?.[1]) throw new Error(`no ${decision} form on the page`);
  return m[1];
}

describe("the desk: suggestions from later articles", () => {
  it("accepts one: the claim takes its status, the suggestion leaves the page", async () => {
    const id = await claimWithSuggestion();
    const desk = await signedIn("factchecker");
    const page = await (await desk.get(`/desk/claims/${id}`)).text();
    expect(page).toContain("a later article");
    const res = await desk.post(formAction(page, "accept"), {
      csrf: DeskClient.csrfOf(page),
      version: "1",
    });
    expect(res.status).toBe(303);
    expect(await claim(id)).toMatchObject({
      status: "under_review",
      status_label: "Under Turkish review",
      version: 2,
    });
    const after = await (await desk.get(`/desk/claims/${id}`)).text();
    expect(after).not.toContain("/accept");
  });

  it("rejects one: the status stays and so does the version", async () => {
    const id = await claimWithSuggestion();
    const desk = await signedIn("factchecker");
    const page = await (await desk.get(`/desk/claims/${id}`)).text();
    const res = await desk.post(formAction(page, "reject"), {
      csrf: DeskClient.csrfOf(page),
      version: "1",
    });
    expect(res.status).toBe(303);
    expect(await claim(id)).toMatchObject({ status: "unverified", version: 1 });
  });

  it("changes nothing without the session's token, and shows a submitter no buttons", async () => {
    const id = await claimWithSuggestion();
    const factchecker = await signedIn("factchecker");
    const page = await (await factchecker.get(`/desk/claims/${id}`)).text();
    const res = await factchecker.post(formAction(page, "accept"), {
      csrf: "forged",
      version: "1",
    });
    expect(res.status).toBe(403);
    expect(await claim(id)).toMatchObject({ status: "unverified", version: 1 });
    const submitter = await signedIn("submitter");
    expect(await (await submitter.get(`/desk/claims/${id}`)).text()).not.toContain("/accept");
  });
});
