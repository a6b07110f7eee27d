// `npm start`: build the extension, serve the demo article on 127.0.0.1 and open Chromium with
// Verbatim loaded on it. Without a display it says how to load the build by hand instead of hanging.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from './serve';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const PROFILE_DIR = resolve('.verbatim-profile');
const PORT = Number(process.env.PORT ?? 4517);

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const browserPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'].find(
  (path): path is string => Boolean(path && existsSync(path)),
);
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const demoUrl = `http://127.0.0.1:${PORT}/demo/`;

const byHand = `
To load it by hand:
  Chrome/Chromium: open chrome://extensions, turn on Developer mode, "Load unpacked", choose
                   ${EXTENSION_DIR}
  Firefox:         npm run build:firefox, then about:debugging → This Firefox → "Load Temporary Add-on…",
                   choose ${resolve('.output/firefox-mv2/manifest.json')}
Then serve the demo article with \`npm run serve\` and open ${demoUrl}`;

if (!hasDisplay || !browserPath) {
  console.log(`\nThe extension is built in ${EXTENSION_DIR}.`);
  console.log(!browserPath ? 'No Chromium was found (set CHROMIUM_PATH to your browser).' : 'No display was found, so no browser window can open here.');
  console.log(byHand);
  process.exit(0);
}

const { server } = await startServer(PORT);
mkdirSync(PROFILE_DIR, { recursive: true });
console.log(`Demo article on ${demoUrl}; opening ${browserPath} with Verbatim loaded. Close the browser to stop.`);
const child = spawn(
  browserPath,
  [
    `--user-data-dir=${PROFILE_DIR}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-first-run',
    '--no-default-browser-check',
    // Chromium refuses to start its sandbox as root (containers, CI boxes).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    demoUrl,
  ],
  { stdio: ['ignore', 'ignore', 'pipe'] },
);
let errors = '';
child.stderr?.on('data', (chunk: Buffer) => {
  errors = (errors + chunk.toString()).slice(-4000);
});
child.on('exit', (code) => {
  if (code) console.error(`${browserPath} exited with code ${code}:\n${errors}${byHand}`);
  server.close();
  process.exit(0);
});
