// Serves the fixture articles on 127.0.0.1 only: /<slug>/ is tests/fixtures/pages/<slug>/page.html,
// /e2e/<name>.html a page from tests/e2e/pages. Used by `npm start`, `npm run serve` and the e2e tests.
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PAGES = join(ROOT, 'tests/fixtures/pages');
const E2E_PAGES = join(ROOT, 'tests/e2e/pages');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

function resolvePath(urlPath: string): string | null {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  if (path.startsWith('/e2e/')) return join(E2E_PAGES, path.slice(5));
  const slug = path.replace(/^\/|\/$/g, '');
  if (!slug) return null;
  const file = join(PAGES, slug, 'page.html');
  if (existsSync(file)) return file;
  return join(PAGES, slug);
}

function indexPage(): string {
  const slugs = readdirSync(PAGES).filter((slug) => existsSync(join(PAGES, slug, 'page.html')));
  const links = slugs.map((slug) => `<li><a href="/${slug}/">${slug}</a></li>`).join('');
  return `<!doctype html><meta charset="utf-8"><title>Verbatim fixture pages</title><h1>Fixture pages</h1><ul>${links}</ul>`;
}

export async function startServer(port = 0): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(indexPage());
      return;
    }
    const file = resolvePath(path);
    if (!file || !file.startsWith(ROOT) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${actualPort}` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4517);
  const { url } = await startServer(port);
  console.log(`Fixture pages on ${url}/  (demo article: ${url}/demo/) — Ctrl+C to stop`);
}
