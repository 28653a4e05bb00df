import { describe, expect, it } from "vitest";
import { markIntervals } from "../../src/routes/desk/desk.article";

describe("the desk's marks in an article's text", () => {
  it("marks this claim whole and clips the others around it and each other", () => {
    expect(
      markIntervals(100, { start: 10, end: 20 }, [
        { start: 15, end: 30 },
        { start: 0, end: 5 },
        { start: 25, end: 40 },
        { start: 50, end: 60 },
      ]),
    ).toEqual([
      { start: 0, end: 5, own: false },
      { start: 10, end: 20, own: true },
      { start: 20, end: 30, own: false },
      { start: 30, end: 40, own: false },
      { start: 50, end: 60, own: false },
    ]);
  });

  it("splits another claim that contains this one, and drops spans outside the text", () => {
    expect(
      markIntervals(50, { start: 10, end: 20 }, [
        { start: 5, end: 25 },
        { start: 40, end: 60 },
        { start: 30, end: 30 },
      ]),
    ).toEqual([
      { start: 5, end: 10, own: false },
      { start: 10, end: 20, own: true },
      { start: 20, end: 25, own: false },
    ]);
    expect(markIntervals(10, null, [{ start: 2, end: 4 }])).toEqual([
      { start: 2, end: 4, own: false },
    ]);
  });
});
