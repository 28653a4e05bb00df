import { describe, expect, it } from "vitest";
import { canonicalUrl } from "../../src/claims/canonical-url";

describe("canonicalUrl", () => {
  it.each([
    ["HTTPS://News.Example.COM/World/Story", "https://news.example.com/World/Story"],
    ["https://news.example.com/story/", "https://news.example.com/story"],
    ["https://news.example.com/story#comments", "https://news.example.com/story"],
    [
      "https://news.example.com/story?utm_source=tw&utm_medium=social",
      "https://news.example.com/story",
    ],
    [
      "https://news.example.com/story?b=2&utm_campaign=x&a=1",
      "https://news.example.com/story?a=1&b=2",
    ],
    ["https://news.example.com:443/story?fbclid=abc", "https://news.example.com/story"],
    ["http://news.example.com:80/", "http://news.example.com/"],
    ["https://news.example.com", "https://news.example.com/"],
  ])("%s → %s", (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it("keeps the path's case and meaningful parameters", () => {
    expect(canonicalUrl("https://example.com/A?id=7")).toBe("https://example.com/A?id=7");
  });

  it("treats variants of one article as one URL", () => {
    const variants = [
      "https://Example.com/news/story-1/",
      "https://example.com/news/story-1?utm_source=newsletter",
      "https://example.com/news/story-1#top",
    ];
    expect(new Set(variants.map(canonicalUrl)).size).toBe(1);
  });
});
