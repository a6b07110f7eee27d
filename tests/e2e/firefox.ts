// Launches Debian's Firefox ESR headless over WebDriver BiDi (puppeteer-core) with the Firefox
// build installed as a temporary add-on, the way the Firefox e2e test needs it.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const GECKO_ID = 'verbatim@verbatim.example';
/** Fixed moz-extension:// host, so the test can open the add-on's own pages (popup.html). */
export const EXTENSION_UUID = '5f0e3c1a-8b7d-4e2f-9a61-3c4d5e6f7a8b';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports for the installed build ('' until installed). */
  extensionId: string;
  /** Installs the build (done at launch unless asked for later); resolves to the add-on id. */
  install(): Promise<string>;
  /** moz-extension://<uuid> of the installed build. */
  extensionOrigin: string;
  /** Browser console lines (Firefox's stdout/stderr) that mention the add-on or a script error. */
  consoleLog: string[];
  /** Opens a tab that records its page console and errors into consoleLog. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

// Firefox prints its browser console here, including background-page and content-script errors.
const RELEVANT_LINE = /moz-extension:|verbatim|JavaScript (error|warning)|console\.(error|warn)|Error:/i;
// Noise from features a test profile never uses (remote settings, telemetry, GPU).
const NOISE = /RemoteSettings|BackupService|nimbus|Remote Settings|services-settings|Polling for changes|Handler function threw|telemetry|GFX1|RSLoader|normandy|SearchService|PrivateBrowsingUtils|NavigationManager\.sys|addons\.update-checker/i;

/**
 * `installLater`: the add-on is installed only when `install()` is called, so pages can be open
 * before it, as they are when a reader installs it.
 */
export async function launchFirefoxWithExtension(extensionDir = FIREFOX_EXTENSION_DIR, { installLater = false } = {}): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`No Firefox ESR at ${FIREFOX_PATH}: install it with apt-get install -y firefox-esr`);
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built add-on in ${extensionDir}: run npm run build:firefox first`);

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Puppeteer creates a fresh temporary profile and deletes it on close.
    // Lets BiDi navigate a tab to moz-extension:// pages; web content still cannot.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    timeout: 60_000,
    protocolTimeout: 60_000,
    extraPrefsFirefox: {
      // Firefox assigns each add-on a random moz-extension:// host unless this map names one.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': true,
    },
  });

  const consoleLog: string[] = [];
  const record = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (RELEVANT_LINE.test(line) && !NOISE.test(line)) consoleLog.push(line.trim());
  };
  browser.process()?.stdout?.on('data', record);
  browser.process()?.stderr?.on('data', record);

  try {
    const firefox: FirefoxWithExtension = {
      browser,
      extensionId: '',
      async install() {
        firefox.extensionId = await browser.installExtension(resolve(extensionDir));
        return firefox.extensionId;
      },
      extensionOrigin: `moz-extension://${EXTENSION_UUID}`,
      consoleLog,
      async newPage() {
        const page = await browser.newPage();
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warn') consoleLog.push(`[page ${message.type()}] ${message.text()}`);
        });
        page.on('pageerror', (error) => consoleLog.push(`[page error] ${String(error)}`));
        return page;
      },
      async close() {
        await browser.close();
      },
    };
    if (!installLater) await firefox.install();
    return firefox;
  } catch (error) {
    await browser.close();
    throw error;
  }
}
