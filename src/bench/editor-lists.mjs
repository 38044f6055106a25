// Times the editor's event list in headless Chromium: the first page, each server-side filter,
// a sort and the last page, as a person would use them. Run by src/bench/editor-lists.sh.
// Usage: node editor-lists.mjs BASE_URL CHROMIUM_PATH REPEATS
import { chromium } from 'playwright-core';

const [base, executablePath, repeats = '5'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const page = await browser.newPage();
page.setDefaultTimeout(120_000);

await page.goto(`${base}/login`);
await page.fill('#login\\:username', 'editor');
await page.fill('#login\\:password', 'koryu-demo');
await Promise.all([page.waitForNavigation(), page.click('#login\\:submit')]);

const report = () => page.textContent('#list\\:items .ui-paginator-current');

// Milliseconds from the action until the table shows the answer: every Ajax request it caused
// (the filter button also resets the paginator, a second request) has completed and updated the page.
async function timed(action) {
  await page.evaluate(() => {
    window.benchCompleted = 0;
    $(document).off('pfAjaxComplete.bench').on('pfAjaxComplete.bench', () => { window.benchCompleted++; });
  });
  const started = performance.now();
  await action();
  await page.waitForFunction(() => window.benchCompleted > 0 && PrimeFaces.ajax.Queue.isEmpty(), null, { polling: 5 });
  return performance.now() - started;
}

async function openList() {
  const started = performance.now();
  await page.goto(`${base}/events`);
  await page.waitForSelector('#list\\:items .ui-paginator-current');
  return performance.now() - started;
}

async function filter(values) {
  await page.goto(`${base}/events`);
  for (const [id, value] of Object.entries(values)) {
    await page.evaluate(([id, value]) => { document.getElementById(id).value = value; }, [id, value]);
  }
  const ms = await timed(() => page.click('#filters\\:search'));
  return ms;
}

const scenarios = {
  'open the list (first page of 25, newest first)': openList,
  'text that matches every event (物産)': () => filter({ 'filters:text': '物産' }),
  'text that matches none (存在しない)': () => filter({ 'filters:text': '存在しない' }),
  'state: draft (a few)': () => filter({ 'filters:state_input': 'draft' }),
  'municipality: 青梅市 (all)': () => filter({ 'filters:municipality_input': 'ome' }),
  'date range: June 2030': () => filter({ 'filters:from_input': '2030-06-01', 'filters:to_input': '2030-06-30' }),
  'all filters at once': () => filter({ 'filters:text': '物産', 'filters:state_input': 'published',
    'filters:municipality_input': 'ome', 'filters:kind_input': 'products_fair',
    'filters:from_input': '2030-06-01', 'filters:to_input': '2030-06-30' }),
  'sort by title': async () => { await page.goto(`${base}/events`); return timed(() => page.click('#list\\:items th:nth-child(1) .ui-column-title')); },
  'last page': async () => { await page.goto(`${base}/events`); return timed(() => page.click('#list\\:items .ui-paginator-last')); },
};

for (const [name, run] of Object.entries(scenarios)) {
  const times = [];
  for (let i = 0; i < Number(repeats) + 1; i++) {
    const ms = await run();
    if (i > 0) times.push(ms); // the first run warms up
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`${name.padEnd(52)} median ${median.toFixed(0).padStart(5)} ms  max ${times.at(-1).toFixed(0).padStart(5)} ms  (${(await report()).trim()})`);
}
await browser.close();
