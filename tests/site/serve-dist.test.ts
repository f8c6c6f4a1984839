// The static server against a tiny site beside a file it must never serve.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {request, type Server} from "node:http";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it, vi} from "vitest";
import {withContentSecurityPolicy, readContentSecurityPolicy} from "../../scripts/content-security-policy.js";
import {serveDist} from "../../scripts/serve-dist.js";

// A page the disk fails to read stands for any error the server did not foresee.
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    if (String(path).endsWith("unreadable.html")) throw Object.assign(new Error("EIO: i/o error, read"), {code: "EIO"});
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return {...fs, readFileSync, default: {...fs, readFileSync}};
});

const PAGE = withContentSecurityPolicy('<!DOCTYPE html><html><head><meta charset="utf-8"><script>1</script></head><body></body></html>');
let parent: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), "serve-dist-"));
  const site = join(parent, "dist");
  mkdirSync(join(site, "_file/data"), {recursive: true});
  writeFileSync(join(site, "index.html"), PAGE);
  writeFileSync(join(site, "cohort.html"), PAGE);
  writeFileSync(join(site, "plain.html"), "<html><head></head></html>");
  writeFileSync(join(site, "_file/data/patients.3a9c41b2.csv"), "id\n1\n");
  writeFileSync(join(site, "notes.txt"), "notes");
  writeFileSync(join(site, "..notes.txt"), "dots");
  writeFileSync(join(site, "unreadable.html"), PAGE);
  writeFileSync(join(parent, "secret.txt"), "secret");
  // A sibling whose name starts with the site's: a prefix test alone would let it through.
  mkdirSync(join(parent, "dist-other"));
  writeFileSync(join(parent, "dist-other/secret.txt"), "secret");
  ({server, url: origin} = await serveDist(site));
});

afterAll(() => {
  server.close();
  rmSync(parent, {recursive: true, force: true});
});

/** Sends the path exactly as written: fetch and URL would normalise the very paths under test. */
function get(path: string, method = "GET"): Promise<{status: number; headers: Record<string, string | string[] | undefined>; body: string}> {
  return new Promise((done, fail) => {
    // A server that died mid-request never answers: fail in seconds, not at the test timeout.
    const req = request(`${origin}/`, {method, path, timeout: 5000}, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (chunk) => (body += chunk)).on("end", () => done({status: res.statusCode!, headers: res.headers, body}));
    });
    req.on("timeout", () => req.destroy(new Error(`no answer to ${method} ${path}`))).on("error", fail).end();
  });
}

describe("malformed requests", () => {
  it("answers a malformed percent-encoding with a 400 in plain text and keeps serving", async () => {
    const bad = await get("/%E0%A4%A");
    expect(bad.status).toBe(400);
    expect(bad.headers["content-type"]).toMatch(/^text\/plain/);
    expect(bad.body).toMatch(/^Bad request/);
    const next = await get("/cohort");
    expect(next.status).toBe(200);
    expect(next.body).toBe(PAGE);
  });

  it("answers an unexpected error with a 500 in plain text and keeps serving", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const failed = await get("/unreadable");
    expect(failed.status).toBe(500);
    expect(failed.headers["content-type"]).toMatch(/^text\/plain/);
    expect(failed.body).toBe("Internal server error");
    expect(logged).toHaveBeenCalledWith("GET /unreadable:", expect.objectContaining({code: "EIO"}));
    logged.mockRestore();
    expect((await get("/")).status).toBe(200);
  });

  it("answers a NUL in the path with a 400", async () => {
    expect((await get("/index%00.html")).status).toBe(400);
  });
});

describe("path traversal", () => {
  it.each(["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt", "/..%5csecret.txt", "/%5c..%5csecret.txt", "/../dist-other/secret.txt", "/..%2fdist-other%2fsecret.txt", "/_file/../../secret.txt"])(
    "never serves a file outside the site: %s",
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain("secret");
    }
  );

  it("still serves files inside the site by clean and encoded paths", async () => {
    expect((await get("/notes.txt")).body).toBe("notes");
    expect((await get("/_file/data/../../notes%2Etxt")).body).toBe("notes");
    expect((await get("/..notes.txt")).body).toBe("dots");
  });
});

describe("headers", () => {
  it("sends nosniff and no-referrer on every response, errors included", async () => {
    for (const path of ["/", "/notes.txt", "/missing", "/%E0%A4%A"]) {
      const {headers} = await get(path);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("no-referrer");
      expect(headers["cache-control"]).toBeDefined();
      expect(headers["content-security-policy"]).toBeDefined();
    }
  });

  it("sends a page's own policy, which may not be framed, and never caches a page", async () => {
    const {headers} = await get("/cohort");
    expect(headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(headers["content-security-policy"]).toBe(`${readContentSecurityPolicy(PAGE)}; frame-ancestors 'none'`);
    expect(headers["content-security-policy"]).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
    expect(headers["cache-control"]).toBe("no-cache");
  });

  it("still forbids framing a page that has no policy of its own", async () => {
    expect((await get("/plain")).headers["content-security-policy"]).toBe("frame-ancestors 'none'");
  });

  it("caches content-hashed files for good and everything else not at all", async () => {
    const hashed = await get("/_file/data/patients.3a9c41b2.csv");
    expect(hashed.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(hashed.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect((await get("/notes.txt")).headers["cache-control"]).toBe("no-cache");
  });
});

describe("methods", () => {
  it.each(["POST", "PUT", "DELETE", "OPTIONS"])("refuses %s with a 405 naming the allowed methods", async (method) => {
    const response = await get("/", method);
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe("GET, HEAD");
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const [head, getResponse] = [await get("/cohort", "HEAD"), await get("/cohort")];
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect(head.headers["content-length"]).toBe(String(Buffer.byteLength(PAGE)));
    expect(head.headers["content-security-policy"]).toBe(getResponse.headers["content-security-policy"]);
    expect((await get("/notes.txt", "HEAD")).headers["content-length"]).toBe("5");
  });
});
