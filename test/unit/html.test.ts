import { describe, expect, it } from "vitest";
import { extractMainText } from "../../src/ingest/html";
import { NEWS_PAGE } from "../fixtures-html";

describe("extractMainText", () => {
  it("keeps the story's paragraphs and drops scripts, navigation, captions, asides and footers", async () => {
    const page = await extractMainText(NEWS_PAGE);
    expect(page.text.split("\n\n")).toEqual([
      "Port strike ends after nine days of talks",
      "ROTTERDAM — Dockworkers voted on Sunday to end a strike that had halted “almost all” container traffic, the union said.",
      "Union leader Pieter de Vries said the deal raised wages by 6.5 per cent over two years & added two rest days.",
      "The port authority estimated that the stoppage cost €40 million a day.",
    ]);
    for (const junk of [
      "tracker",
      "cookies",
      "Home",
      "Credit",
      "Read more",
      "Share",
      "rights reserved",
      "By Mara",
    ]) {
      expect(page.text).not.toContain(junk);
    }
  });

  it("reads the page's own title, outlet, author, time and language", async () => {
    const page = await extractMainText(NEWS_PAGE);
    expect(page).toMatchObject({
      title: "Port strike ends after nine days of talks",
      outlet: "Harbour Times",
      author: "Mara Lindqvist",
      publishedAt: "2026-10-02T07:15:00+01:00",
      language: "en-GB",
    });
  });

  it("falls back to the whole body when there is no article or main element", async () => {
    const page = await extractMainText(
      "<html><head><title>Short &amp; plain</title></head><body><p>First paragraph.</p><div>Second<br>line.</div></body></html>",
    );
    expect(page.text).toBe("First paragraph.\n\nSecond line.");
    expect(page.title).toBe("Short & plain");
  });

  it("finds no text in a page without any", async () => {
    const page = await extractMainText(
      "<html><body><script>var a = 1;</script><nav>Menu</nav></body></html>",
    );
    expect(page.text).toBe("");
  });
});
