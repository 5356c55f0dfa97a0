// The public pages of issue 18's speed targets hydrate without Intl's collation, number or date formatting:
// the first use of each in a page loads its locale data (tens of milliseconds on a phone) before the reader
// can do anything. Sorting by name is done on the server; numbers and dates by $lib/i18n/format. (Plural
// messages use Intl.PluralRules inside Paraglide's generated code; not counted here.)
import { expect, test } from '@playwright/test';

// Counts every call that would load collation or formatting data, with where it came from.
const COUNT_INTL = `(() => {
	const calls = (window.__intlCalls = []);
	const watch = (owner, name, label) => {
		const original = owner[name];
		owner[name] = function (...args) {
			calls.push(label + ' ' + ((new Error().stack || '').split('\\n')[2] || '').trim());
			return new.target ? Reflect.construct(original, args, new.target) : original.apply(this, args);
		};
		owner[name].prototype = original.prototype;
	};
	for (const name of ['Collator', 'NumberFormat', 'DateTimeFormat']) watch(Intl, name, 'Intl.' + name);
	watch(String.prototype, 'localeCompare', 'localeCompare');
	watch(Number.prototype, 'toLocaleString', 'Number.toLocaleString');
	watch(Date.prototype, 'toLocaleDateString', 'Date.toLocaleDateString');
	watch(Date.prototype, 'toLocaleString', 'Date.toLocaleString');
})()`;

for (const path of ['/', '/kommune/0301-oslo', '/statistikk', '/en/statistikk?sorter=navn', '/embed/kart']) {
	test(`${path} hydrates without Intl collation or formatting`, async ({ page }) => {
		await page.addInitScript(COUNT_INTL);
		// Quiet for half a second: every script has loaded and run, hydration with them (MapLibre waits for 5 s
		// of quiet or the reader's reach, and is not part of this).
		await page.goto(path, { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => (window as unknown as { __intlCalls: string[] }).__intlCalls)).toEqual(
			[]
		);
	});
}
