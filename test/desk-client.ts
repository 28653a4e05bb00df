import { exports } from "cloudflare:workers";
import { BASE } from "./helpers";

function randomBelow(n: number): number {
  return (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % n;
}

/** A browser-like client of the desk: form posts, a cookie jar, an Origin, no redirects followed. */
export class DeskClient {
  cookies = new Map<string, string>();
  /**
   * Its own address (a header value; nothing is sent there), one of about 130,000 in the
   * benchmarking range 198.18.0.0/15: with the 250 of 192.0.2.0/24 two desk tests running at once
   * could share one, and one's failed sign-ins count against the other's limit.
   */
  ip = `198.${18 + randomBelow(2)}.${randomBelow(256)}.${1 + randomBelow(254)}`;

  constructor(readonly base = BASE) {}

  async request(
    method: "GET" | "POST",
    path: string,
    options: { form?: Record<string, string>; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers = new Headers({ "CF-Connecting-IP": this.ip, ...options.headers });
    if (this.cookies.size && !headers.has("Cookie")) {
      headers.set("Cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    }
    let body: string | undefined;
    if (options.form) {
      body = new URLSearchParams(options.form).toString();
      headers.set("Content-Type", "application/x-www-form-urlencoded");
      if (!headers.has("Origin")) headers.set("Origin", new URL(this.base).origin);
    }
    const res = await exports.default.fetch(
      new Request(`${this.base}${path}`, { method, headers, body, redirect: "manual" }),
    );
    for (const line of res.headers.getAll("Set-Cookie")) {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  get(path: string, headers?: Record<string, string>) {
    return this.request("GET", path, { headers });
  }

  post(path: string, form: Record<string, string>, headers?: Record<string, string>) {
    return this.request("POST", path, { form, headers });
  }

  /** Signs in with `key`; throws unless the desk answers with its redirect. */
  async signIn(key: string): Promise<Response> {
    const res = await this.post("/desk/login", { key });
    if (res.status !== 303) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
    return res;
  }

  /** The CSRF token in a desk page's forms. */
  static csrfOf(html: string): string {
    const token = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error("no csrf token in the page");
    return token;
  }

  async csrf(path = "/desk"): Promise<string> {
    return DeskClient.csrfOf(await (await this.get(path)).text());
  }
}
