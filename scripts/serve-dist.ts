// Serves the built site (dist/) the way a static host should: clean URLs map to
// .html files, anything else is a 404. Used by `npm run serve` and the browser
// tests. No request, however malformed, can stop it or read outside the site,
// and every response carries the headers a host owes the site: its pages'
// Content-Security-Policy (with frame-ancestors, which a <meta> cannot set),
// nosniff, no referrer, and caching that never serves a stale page.
import {createReadStream, existsSync, readFileSync, statSync} from "node:fs";
import {createServer, type IncomingMessage, type Server, type ServerResponse} from "node:http";
import {basename, extname, isAbsolute, join, relative, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";
import {readContentSecurityPolicy} from "./content-security-policy.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8"
};

const FRAME_ANCESTORS = "frame-ancestors 'none'";
// A subresource's own policy does not govern the page that loads it (module
// scripts and fetches answer to the document's), so this only locks down a
// file opened on its own, such as an SVG.
const SUBRESOURCE_POLICY = `default-src 'none'; ${FRAME_ANCESTORS}`;
// Framework names every built asset by its content (client.d10d8454.js,
// _node/d3@7.9.2/index.c8f1bfbe.js, _file/data/patients.3a9c41b2.csv): a new build
// gives changed content a new name, so these can be cached for good.
const CONTENT_HASH = /(^|\.)[0-9a-f]{8}\.[^.]+$/;

class BadRequest extends Error {}

/** The file under root that urlPath names, or null; never a file outside root. */
function resolveFile(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    throw new BadRequest("malformed percent-encoding");
  }
  if (path.includes("\0")) throw new BadRequest("NUL in path");
  const candidates = path.endsWith("/") ? [join(path, "index.html")] : [path, `${path}.html`, join(path, "index.html")];
  for (const candidate of candidates) {
    // join resolves "..", decoded or not, so the check below sees where the file really is.
    const file = join(root, candidate);
    const inside = relative(root, file);
    if (inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) continue;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

function cacheControl(file: string): string {
  return extname(file) !== ".html" && CONTENT_HASH.test(basename(file)) ? "public, max-age=31536000, immutable" : "no-cache";
}

function text(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {...headers, "content-type": "text/plain; charset=utf-8", "cache-control": "no-cache", "content-security-policy": SUBRESOURCE_POLICY});
  res.end(body);
}

function handle(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") return text(res, 405, "Method not allowed", {allow: "GET, HEAD"});
  let pathname: string;
  try {
    pathname = new URL(req.url ?? "/", "http://localhost").pathname;
  } catch {
    throw new BadRequest("malformed URL");
  }
  const file = resolveFile(root, pathname);
  if (!file) return text(res, 404, "Not found");
  const html = extname(file) === ".html";
  const headers: Record<string, string | number> = {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": cacheControl(file)
  };
  if (html) {
    const page = readFileSync(file);
    const policy = readContentSecurityPolicy(page.toString("utf8"));
    headers["content-security-policy"] = policy ? `${policy}; ${FRAME_ANCESTORS}` : FRAME_ANCESTORS;
    headers["content-length"] = page.length;
    res.writeHead(200, headers);
    res.end(req.method === "HEAD" ? undefined : page);
    return;
  }
  headers["content-security-policy"] = SUBRESOURCE_POLICY;
  headers["content-length"] = statSync(file).size;
  res.writeHead(200, headers);
  if (req.method === "HEAD") return void res.end();
  createReadStream(file)
    .on("error", () => res.destroy())
    .pipe(res);
}

export function serveDist(dir: string, port = 0): Promise<{server: Server; url: string}> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    res.setHeader("x-content-type-options", "nosniff");
    res.setHeader("referrer-policy", "no-referrer");
    try {
      handle(root, req, res);
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      if (error instanceof BadRequest) return text(res, 400, `Bad request: ${error.message}`);
      console.error(`${req.method} ${req.url}:`, error);
      text(res, 500, "Internal server error");
    }
  });
  return new Promise((done) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      done({server, url: `http://127.0.0.1:${actualPort}`});
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? "dist";
  if (!existsSync(join(dir, "index.html"))) {
    console.error(`${dir}/index.html not found: build the site first (npm run build)`);
    process.exit(1);
  }
  const {url} = await serveDist(dir, Number(process.env.PORT ?? 3000));
  console.log(`Serving ${dir} at ${url}/`);
}
