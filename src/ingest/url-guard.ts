/** Why a URL may not be fetched by the server, or null when it may. */
export type UrlRefusal = string | null;

const BLOCKED_HOST_SUFFIXES = [
  ".localhost",
  ".local",
  ".internal",
  ".intranet",
  ".lan",
  ".home.arpa",
  ".corp",
];
const BLOCKED_HOSTS = new Set([
  "localhost",
  "metadata",
  "metadata.google.internal",
  "instance-data",
]);

/** IPv4 ranges that are not the public internet (RFC 6890 special-purpose registry). */
const BLOCKED_V4: [number, number][] = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
].map(([base, bits]) => [ipv4ToInt(base as string) ?? 0, bits as number]);

function ipv4ToInt(host: string): number | null {
  const parts = host.split(".");
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

function isBlockedV4(address: number): boolean {
  return BLOCKED_V4.some(([base, bits]) => {
    const size = 2 ** (32 - bits);
    return address >= base && address < base + size;
  });
}

/**
 * Expands an IPv6 literal, as the URL parser prints it (compressed, lower-case hex,
 * an embedded IPv4 tail already turned into hex groups), to eight 16-bit groups.
 */
function ipv6Groups(host: string): number[] | null {
  const [head = "", rest] = host.split("::");
  const parse = (s: string) => (s ? s.split(":").map((g) => Number.parseInt(g, 16)) : []);
  const left = parse(head);
  const right = rest === undefined ? [] : parse(rest);
  const missing = 8 - left.length - right.length;
  if ((rest === undefined && missing !== 0) || missing < 0) return null;
  const groups = [...left, ...Array<number>(missing).fill(0), ...right];
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

function isBlockedV6(groups: number[]): boolean {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = groups;
  const v4 = g * 65536 + h;
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0) {
    if (f === 0 && g === 0 && (h === 0 || h === 1)) return true; // :: and ::1
    if (f === 0xffff || f === 0) return isBlockedV4(v4) || f === 0; // IPv4-mapped / -compatible
  }
  if (a === 0x64 && b === 0xff9b) return isBlockedV4(v4); // NAT64
  if ((a & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((a & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((a & 0xffc0) === 0xfec0) return true; // site-local (deprecated)
  if ((a & 0xff00) === 0xff00) return true; // multicast
  if (a === 0x2001 && b === 0x0db8) return true; // documentation
  if (a === 0x2001 && b < 0x200) return true; // Teredo, benchmarking, ORCHID and other IETF blocks
  if (a === 0x2002) return isBlockedV4(b * 65536 + c); // 6to4 wraps an IPv4 address
  return false;
}

/**
 * Whether the server may fetch `input` on a client's behalf: http or https on
 * the default port, no credentials, and a host that is neither a loopback,
 * private, link-local, metadata nor otherwise non-public address, nor a name
 * that only resolves inside a network. A pure function: it resolves no names
 * (Workers' fetch cannot reach private addresses in production, and every
 * redirect is checked again by the fetcher).
 *
 * @example checkFetchableUrl("http://169.254.169.254/latest/meta-data") // "link-local or metadata address"
 */
export function checkFetchableUrl(input: string): UrlRefusal {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return "not an absolute URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return `the ${url.protocol} scheme is not fetched`;
  if (url.username || url.password) return "URLs with credentials are not fetched";
  if (url.port !== "") return "only the default http and https ports are fetched";
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (host.startsWith("[")) {
    const groups = ipv6Groups(host.slice(1, -1));
    if (!groups || isBlockedV6(groups))
      return "a loopback, private, link-local or reserved IPv6 address";
    return null;
  }
  const v4 = ipv4ToInt(host);
  if (v4 !== null)
    return isBlockedV4(v4) ? "a loopback, private, link-local or reserved IPv4 address" : null;
  if (/^[\d.]+$/.test(host) || /^0x/i.test(host)) return "an IP address in a non-standard form";
  if (BLOCKED_HOSTS.has(host) || BLOCKED_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix))) {
    return "a host name that only resolves inside a network";
  }
  if (!host.includes(".")) return "a single-label host name";
  return null;
}
