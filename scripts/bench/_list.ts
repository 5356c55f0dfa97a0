import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const rows: [string, number][] = [];
page.on('requestfinished', async (r) => {
	const s = await r.sizes();
	rows.push([r.url().slice(-60), s.responseBodySize + s.responseHeadersSize]);
});
await page.goto(process.argv[2] ?? 'http://127.0.0.1:4190/');
await page.waitForTimeout(4000);
for (const r of rows.sort((a, b) => b[1] - a[1])) console.log(r[1], r[0]);
await browser.close();
