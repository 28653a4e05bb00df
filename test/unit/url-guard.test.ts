import { describe, expect, it } from "vitest";
import { checkFetchableUrl } from "../../src/ingest/url-guard";

describe("checkFetchableUrl", () => {
  it.each([
    "https://news.example.com/2026/11/story",
    "http://www.example.org/a?b=c",
    "https://8.8.8.8/page",
    "https://[2606:4700:4700::1111]/",
    "https://xn--bcher-kva.example/",
  ])("allows the public URL %s", (url) => {
    expect(checkFetchableUrl(url)).toBeNull();
  });

  it.each([
    ["ftp://example.com/file", "scheme"],
    ["file:///etc/passwd", "scheme"],
    ["javascript:alert(1)", "scheme"],
    ["gopher://example.com/", "scheme"],
    ["https://user:pass@example.com/", "credentials"],
    ["https://example.com:8443/", "port"],
    ["http://localhost/", "network"],
    ["http://LOCALHOST./admin", "network"],
    ["http://api.localhost/", "network"],
    ["http://printer.local/", "network"],
    ["http://metadata.google.internal/computeMetadata/v1/", "network"],
    ["http://intranet/", "single-label"],
    ["http://127.0.0.1/", "IPv4"],
    ["http://127.1/", "IPv4"],
    ["http://2130706433/", "IPv4"],
    ["http://0x7f000001/", "IPv4"],
    ["http://0177.0.0.1/", "IPv4"],
    ["http://0.0.0.0/", "IPv4"],
    ["http://10.1.2.3/", "IPv4"],
    ["http://172.16.0.1/", "IPv4"],
    ["http://172.31.255.255/", "IPv4"],
    ["http://192.168.1.1/", "IPv4"],
    ["http://169.254.169.254/latest/meta-data/", "IPv4"],
    ["http://100.64.0.1/", "IPv4"],
    ["http://224.0.0.1/", "IPv4"],
    ["http://[::1]/", "IPv6"],
    ["http://[::]/", "IPv6"],
    ["http://[::ffff:127.0.0.1]/", "IPv6"],
    ["http://[::ffff:169.254.169.254]/", "IPv6"],
    ["http://[fd00::1]/", "IPv6"],
    ["http://[fe80::1]/", "IPv6"],
    ["http://[64:ff9b::a00:1]/", "IPv6"],
    ["http://[2002:7f00:1::]/", "IPv6"],
    ["not a url", "absolute"],
  ])("refuses %s", (url, reason) => {
    expect(checkFetchableUrl(url)).toContain(reason);
  });

  it("allows public neighbours of the blocked ranges", () => {
    expect(checkFetchableUrl("http://172.32.0.1/")).toBeNull();
    expect(checkFetchableUrl("http://11.0.0.1/")).toBeNull();
    expect(checkFetchableUrl("http://[::ffff:8.8.8.8]/")).toBeNull();
  });
});
