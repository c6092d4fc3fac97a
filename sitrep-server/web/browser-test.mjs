// Headless Chromium check of the page: load, filter, click an event, see the highlighted evidence, screenshot.
// Usage: node web/browser-test.mjs BASE_URL SCREENSHOT.png   (CHROMIUM=/usr/bin/chromium by default)
import { chromium } from 'playwright-core';

const [base, shot] = process.argv.slice(2);
const exe = process.env.CHROMIUM || '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath: exe, headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-extensions', '--disable-sync', '--no-first-run', '--mute-audio'],
});
let page = null;
const fail = async (msg) => {
  console.error('browser test failed: ' + msg);
  if (page) await page.screenshot({ path: shot.replace(/\.png$/, '-failure.png') }).catch(() => {});
  await browser.close();
  process.exit(1);
};
try {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const outside = [];
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) outside.push(r.url()); });
  await page.goto(base, { waitUntil: 'load', timeout: 30000 });
  try {
    await page.waitForSelector('body[data-loaded=true]', { state: 'attached', timeout: 30000 });
  } catch (e) {
    await fail('page did not finish loading: ' + (await page.locator('#summary').textContent()) + ' ' + errors.join('; '));
  }
  const rows = await page.locator('#events tbody tr').count();
  if (rows < 3) await fail(`expected at least 3 events in the list, saw ${rows}`);
  // Natural Earth country shapes drawn (no tile server)
  await page.waitForFunction(() => document.querySelectorAll('.leaflet-overlay-pane path').length > 50, null, { timeout: 15000 });
  const markers = await page.locator('.event-marker, .marker-cluster').count();
  if (markers < 1) await fail('no event markers or clusters on the map');
  if (await page.locator('#timeline .uplot').count() !== 1) await fail('no timeline chart');
  // filter by type
  await page.selectOption('#f-type', 'violence_against_civilians');
  await page.click('#apply', { timeout: 10000 });
  await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 1, null, { timeout: 15000 });
  // click the event, see its evidence highlighted
  await page.click('#events tbody tr', { timeout: 10000 });
  await page.waitForSelector('#detail:not([hidden]) mark', { timeout: 15000 });
  const marked = await page.locator('#detail mark').allTextContents();
  const sources = await page.locator('#detail h3 + ul li').count();
  if (marked.length < 1 || marked[0].length < 10) await fail('evidence not highlighted');
  // activity view
  await page.screenshot({ path: shot, fullPage: false });
  await page.locator('#detail .close').click({ timeout: 10000 });
  await page.click('.tabs button[data-tab=activity]', { timeout: 10000 });
  await page.waitForSelector('#activity tr th', { timeout: 10000 });
  await page.screenshot({ path: shot.replace(/\.png$/, '-activity.png'), fullPage: false });
  if (errors.length) await fail('page errors: ' + errors.join('; '));
  if (outside.length) await fail('requests left the server: ' + outside.join(', '));
  console.log(JSON.stringify({ ok: true, rows, markers, evidence: marked[0], sources_listed: sources, screenshot: shot }));
} catch (e) {
  await fail(String(e));
}
await browser.close();
