import { describe, expect, it } from "vitest";
import { newId } from "../../src/lib/ids";

describe("newId", () => {
  it("makes prefixed, unique ids that sort in creation order", () => {
    const ids = Array.from({ length: 2000 }, () => newId("clm"));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^clm_[0-9a-hjkmnp-tv-z]{26}$/);
  });
});
