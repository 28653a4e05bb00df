/**
 * A cross-article suggestion, as the suggestions and desk tests need one: an earlier article's
 * claim, then a later article that reports the same claim and that Turkey is looking into it.
 */
import { expect } from "vitest";
import { ADMIN, call, json, uniqueUrl } from "./helpers";

export interface FixtureClaim {
  id: string;
  text: string;
  status: string;
  status_label: string;
  version: number;
  suggested_status: { status: string } | null;
}

/** A made-up place no other test uses. */
function place(): string {
  const letters = "bcdfghklmnprstvz";
  let out = "";
  for (const byte of crypto.getRandomValues(new Uint8Array(4)))
    out += `${letters[byte % letters.length]}${out.length % 4 === 0 ? "a" : "e"}`;
  return `${out.charAt(0).toUpperCase()}${out.slice(1)}`;
}

/** An earlier article's claim, then a later article that reports Turkey is looking into it. */
export async function earlierAndLater() {
  const town = place();
  const claimText = `14 militant commanders had crossed into Turkey from ${town} since March`;
  const earlier = await call("POST", "/v1/articles", {
    key: ADMIN,
    body: {
      url: uniqueUrl("earlier"),
      title: `Commanders crossed into Turkey from ${town}`,
      body: `An intelligence report said ${claimText}.`,
      extract: false,
      claims: [{ text: claimText, claimant: "Iraqi intelligence" }],
    },
  });
  const first = (await json<{ claims: FixtureClaim[] }>(earlier)).claims[0] as FixtureClaim;
  const laterUrl = uniqueUrl("later");
  const later = await call("POST", "/v1/articles", {
    key: ADMIN,
    body: {
      url: laterUrl,
      title: `Iraqi spy chief says militants fled ${town}`,
      body: [
        `Major General Karim al-Dulaimi, the head of Iraq's intelligence service, said that 14 militant commanders had crossed into Turkey from ${town} since March.`,
        "Turkey told reporters it was looking into the allegations.",
      ].join("\n\n"),
    },
  });
  expect(later.status).toBe(201);
  const article = await json<{ id: string; claims: FixtureClaim[] }>(later);
  const source = article.claims.find((c) => c.text.includes("14 militant commanders"));
  expect(source?.suggested_status?.status).toBe("under_review");
  return { first, laterId: article.id, laterUrl, source: source as FixtureClaim };
}
