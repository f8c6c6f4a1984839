// Serves the built site (dist/) the way a static host does: clean URLs map to
// .html files, anything else is a 404. Used by `npm run serve` and the browser tests.
import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {extname, join, normalize, resolve} from "node:path";
import {fileURLToPath} from "node:url";

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

function resolveFile(root: string, urlPath: string): string | null {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  const candidates = path.endsWith("/") ? [join(path, "index.html")] : [path, `${path}.html`, join(path, "index.html")];
  for (const candidate of candidates) {
    const file = join(root, candidate);
    if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

export function serveDist(dir: string, port = 0): Promise<{server: Server; url: string}> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const file = resolveFile(root, new URL(req.url ?? "/", "http://localhost").pathname);
    if (!file) {
      res.writeHead(404, {"content-type": "text/plain"}).end("Not found");
      return;
    }
    res.writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream"});
    createReadStream(file).pipe(res);
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
