// People on phones and keyboards: tap targets, visible focus, the map's keyboard target, the document title
// of the panel, the list and the dashboard's tables at phone width, the location button (no jump when the page
// comes alive; Svalbard is no municipality), forgiving municipality URLs and very long search links.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { holdScripts } from './slow-scripts.ts';

const PHONE = { width: 390, height: 844 };
const LANGS = ['', '/nn', '/en'] as const;

type Target = { what: string; width: number; height: number };

/**
 * Every visible link, button, form control and list option on the page that is smaller than 44x44 CSS px
 * (WCAG 2.5.5, level AAA). Exempt, as WCAG allows: links inside running text (a sentence or paragraph
 * with other words around the link; "Inline"), and the areas of the SVG map, whose every municipality has
 * an equal target in the list of municipalities ("Equivalent").
 */
async function smallTargets(page: Page): Promise<Target[]> {
	return page.evaluate(() => {
		const small: Target[] = [];
		const selector = 'a[href], button, input:not([type="hidden"]), select, summary, [role="option"]';
		for (const el of document.querySelectorAll<HTMLElement>(selector)) {
			if (el.closest('svg')) continue;
			const style = getComputedStyle(el);
			if (style.visibility === 'hidden' || style.display === 'none') continue;
			const box = el.getBoundingClientRect();
			if (box.width === 0 || box.height === 0) continue;
			// Visually hidden until focused (the skip link).
			if (box.width <= 1 || box.height <= 1 || box.right < 0 || box.bottom < 0) continue;
			if (el.closest('[hidden]')) continue;
			if (el.tagName === 'A' && style.display === 'inline') {
				let block = el.parentElement;
				while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
				const own = (el.textContent ?? '').trim().length;
				const around = (block?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
				// A sentence around it, not just a label such as "Telefon:".
				if (around > own + 25) continue;
			}
			// A checkbox or radio button is chosen with its label too: the label is the target.
			const label =
				el instanceof HTMLInputElement && /^(checkbox|radio)$/.test(el.type) ? el.labels?.[0] : null;
			if (label) {
				const own = label.getBoundingClientRect();
				if (own.width >= 44 - 0.5 && own.height >= 44 - 0.5) continue;
			}
			if (box.width < 44 - 0.5 || box.height < 44 - 0.5)
				small.push({
					what: `${el.tagName.toLowerCase()} «${(el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || '').trim().slice(0, 40)}»`,
					width: Math.round(box.width),
					height: Math.round(box.height)
				});
		}
		return small;
	});
}

test.describe('tap targets at 390 px', () => {
	test.use({ viewport: PHONE, hasTouch: true });
	for (const lang of LANGS)
		for (const path of [
			'/',
			'/kommune/4627-askoy',
			'/kommune/1820-alstahaug',
			'/liste',
			'/sok?q=berg',
			'/statistikk'
		])
			test(`every primary target on ${lang}${path} is at least 44x44 px`, async ({ page }) => {
				await page.goto(`${lang}${path}`);
				await page.waitForLoadState('networkidle');
				expect(await smallTargets(page)).toEqual([]);
			});

	test('the search suggestions are at least 44 px tall', async ({ page }) => {
		await page.goto('/');
		await page.getByLabel('Søk etter kommune, sted eller postnummer').fill('sand');
		await expect(page.getByRole('option').first()).toBeVisible();
		expect(await smallTargets(page)).toEqual([]);
	});
});

test.describe('focus', () => {
	/** The focused element's own focus indicator: an outline of 2 px or more, or a ring drawn as a box shadow. */
	async function focusIndicator(page: Page) {
		return page.evaluate(() => {
			const el = document.activeElement as HTMLElement;
			const style = getComputedStyle(el);
			return {
				what: `${el.tagName.toLowerCase()}#${el.id}`,
				visible:
					(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
					(style.boxShadow !== 'none' && /\d+px \d+px \d+px [1-9]/.test(style.boxShadow))
			};
		});
	}

	for (const path of ['/', '/liste', '/statistikk'])
		test(`every element reached with Tab on ${path} shows a clear focus ring`, async ({ page }) => {
			await page.goto(path);
			const seen: string[] = [];
			for (let i = 0; i < 25; i++) {
				await page.keyboard.press('Tab');
				const indicator = await focusIndicator(page);
				if (!indicator.visible) seen.push(indicator.what);
			}
			expect(seen).toEqual([]);
		});

	test('the search field shows a clear focus ring', async ({ page }) => {
		await page.goto('/');
		await page.getByLabel('Søk etter kommune, sted eller postnummer').focus();
		expect((await focusIndicator(page)).visible).toBe(true);
	});

	for (const [lang, label] of [
		['', 'Enter åpner Oslo'],
		['/nn', 'Enter opnar Oslo'],
		['/en', 'Enter opens Oslo']
	])
		test(`the map's keyboard focus shows a cross-hair and what Enter opens (${lang || '/'})`, async ({
			page
		}) => {
			test.setTimeout(60_000);
			await page.goto(`${lang}/`);
			await page.locator('.coverage-map').scrollIntoViewIfNeeded();
			await page.locator('.coverage-map').locator('..').hover();
			await expect(page.locator('[data-coverage-map][data-ready="true"]')).toBeVisible({ timeout: 40_000 });
			await page.evaluate(
				() =>
					new Promise<void>((resolve) => {
						const host = document.querySelector('[data-coverage-map]') as HTMLElement & {
							coverageMap: { once(e: string, f: () => void): void; jumpTo(o: object): void };
						};
						host.coverageMap.once('idle', () => resolve());
						host.coverageMap.jumpTo({ center: [10.74, 59.913], zoom: 10 });
					})
			);
			const canvas = page.locator('[data-coverage-map] canvas');
			await page.keyboard.press('Tab');
			await canvas.focus();
			// Focus from the keyboard: Tab away and back, so :focus-visible holds.
			await page.keyboard.press('Shift+Tab');
			await page.keyboard.press('Tab');
			await expect(canvas).toBeFocused();
			const target = page.locator('.keyboard-target');
			await expect(target).toBeVisible();
			await expect(target).toContainText(label);
			const mapBox = (await canvas.boundingBox())!;
			const cross = (await target.locator('.crosshair').boundingBox())!;
			expect(Math.abs(cross.x + cross.width / 2 - (mapBox.x + mapBox.width / 2))).toBeLessThan(2);
			expect(Math.abs(cross.y + cross.height / 2 - (mapBox.y + mapBox.height / 2))).toBeLessThan(2);
			await canvas.blur();
			await expect(target).toBeHidden();
		});
});

test.describe('the panel', () => {
	for (const [lang, title] of [
		['', 'Kreftkoordinator i Askøy – Koordinatorkart'],
		['/nn', 'Kreftkoordinator i Askøy – Koordinatorkart'],
		['/en', 'Cancer coordinator in Askøy – Koordinatorkart']
	])
		test(`opening a municipality in the panel sets the document title (${lang || '/'})`, async ({ page }) => {
			await page.goto(`${lang}/`);
			const home = await page.title();
			await page.locator('svg path[data-kommunenummer="4627"]').first().dispatchEvent('click');
			await expect(page).toHaveURL(/\/kommune\/4627-askoy$/);
			await expect(page).toHaveTitle(title);
			await page.goBack();
			await expect(page).toHaveURL(new RegExp(`${lang}/?$`));
			await expect(page).toHaveTitle(home);
		});
});

test.describe('tables on a phone', () => {
	test.use({ viewport: PHONE });

	for (const lang of LANGS)
		test(`/liste shows every row's status and population within 390 px (${lang || '/'})`, async ({
			page
		}) => {
			await page.goto(`${lang}/liste`);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(overflow).toBeLessThanOrEqual(PHONE.width);
			const rows = await page.locator('tbody tr').evaluateAll((trs) =>
				trs.slice(0, 40).map((tr) => {
					const cells = [...tr.querySelectorAll('td')].slice(-2);
					return cells.map((td) => {
						const box = td.getBoundingClientRect();
						const wrap = td.closest('.table-wrap')!.getBoundingClientRect();
						return { text: td.textContent?.trim(), left: box.left, right: box.right, wrapRight: wrap.right };
					});
				})
			);
			for (const [status, population] of rows) {
				for (const cell of [status, population]) {
					expect(cell.text).not.toBe('');
					expect(cell.left).toBeGreaterThanOrEqual(0);
					expect(cell.right).toBeLessThanOrEqual(Math.min(PHONE.width, cell.wrapRight) + 0.5);
				}
			}
		});

	test('scrollable tables on /statistikk can be reached with the keyboard (axe)', async ({ page }) => {
		await page.goto('/statistikk?aar=2024');
		// Opened after hydration, which would otherwise close the boxes again (a closed box's table has no name).
		// The municipality list comes alive on its own, when it nears the viewport (src/lib/island).
		await page.waitForLoadState('networkidle');
		await page.locator('#municipalities-heading').scrollIntoViewIfNeeded();
		await expect(page.getByRole('button', { name: 'Last ned kommunelisten (CSV)' })).toBeVisible();
		await page
			.locator('details')
			.evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
		const results = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).analyze();
		expect(results.violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
		for (const region of await page.locator('.table-scroll').all()) {
			await expect(region).toHaveAttribute('tabindex', '0');
			await expect(region).toHaveAttribute('role', 'group');
			await expect(region).toHaveAccessibleName(/.+/);
		}
	});
});

test.describe('use my location', () => {
	test('the button is there before the page comes alive, and nothing below it moves', async ({ page }) => {
		const release = await holdScripts(page);
		await page.goto('/');
		const button = page.getByRole('button', { name: 'Bruk min posisjon' });
		await expect(button).toBeVisible();
		const below = page.locator('h2').first();
		const before = (await below.boundingBox())!.y;
		release();
		await expect(button).toBeEnabled();
		await expect(page.locator('[data-ready]').first()).toBeAttached();
		const after = (await below.boundingBox())!.y;
		expect(Math.abs(after - before)).toBeLessThan(1);
	});

	test('without JavaScript the button says why it cannot work', async ({ browser, request }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.getByRole('button', { name: 'Bruk min posisjon' })).toBeDisabled();
		await context.close();
		// In a <noscript>: Chromium with scripts turned off by the test still parses it as text, a browser
		// without JavaScript shows it.
		const html = await (await request.get('/')).text();
		expect(html).toMatch(/<noscript><p[^>]*>Posisjonen din kan bare brukes med JavaScript slått på\./);
	});

	for (const [lang, text, link] of [
		['', 'Svalbard er ikke en kommune', 'Se Tromsø'],
		['/nn', 'Svalbard er ikkje ein kommune', 'Sjå Tromsø'],
		['/en', 'Svalbard is not a municipality', 'See Tromsø']
	])
		test(`a position on Svalbard says it is no municipality and offers the nearest help (${lang || '/'})`, async ({
			browser
		}) => {
			const context = await browser.newContext({
				permissions: ['geolocation'],
				geolocation: { latitude: 78.2232, longitude: 15.6267 }
			});
			const page = await context.newPage();
			await page.goto(`${lang}/`);
			await page.locator('.locate button[data-ready]').first().click();
			const status = page.getByRole('status').filter({ hasText: text });
			await expect(status).toBeVisible();
			await expect(status).not.toContainText(/utenfor Norge|utanfor Noreg|outside Norway/);
			await expect(status.getByRole('link', { name: link })).toHaveAttribute(
				'href',
				`${lang}/kommune/5501-tromso`
			);
			await expect(status.getByRole('link', { name: /21 49 49 21/ })).toHaveAttribute(
				'href',
				'tel:+4721494921'
			);
			await context.close();
		});
});

test.describe('addresses', () => {
	for (const [path, target] of [
		['/kommune/4627-ASKOY', '/kommune/4627-askoy'],
		['/kommune/4627-Ask%C3%B8y', '/kommune/4627-askoy'],
		['/nn/kommune/4627-ASKOY', '/nn/kommune/4627-askoy'],
		['/en/kommune/0301-OSLO-kommune', '/en/kommune/0301-oslo']
	])
		test(`${path} leads to ${target}`, async ({ page }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page).toHaveURL(new RegExp(`${target}$`));
		});

	test('a search link of 5 000 «ø» gets a page that says the search was cut', async ({ page }) => {
		const response = await page.goto(`/sok?q=${'ø'.repeat(5000)}`);
		expect(response?.status()).toBe(200);
		await expect(page.getByText('Søket var for langt. Vi søkte på de første 100 tegnene.')).toBeVisible();
		await expect(page.getByRole('link', { name: /21 49 49 21/ }).first()).toBeVisible();
	});

	test('a far longer address gets a page that says what happened, not an empty one', async ({ request }) => {
		const response = await request.get(`/sok?q=${'ø'.repeat(20000)}`);
		expect(response.status()).toBe(431);
		const body = await response.text();
		expect(body).toContain('Adressen er for lang');
		expect(body).toContain('href="/"');
	});
});

test.describe('no page scrolls sideways on a phone', () => {
	test.use({ viewport: PHONE });
	const PAGES = [
		'/',
		'/kommune/4627-askoy',
		'/kommune/4627-askoy/faktaark',
		'/kommune/4627-askoy/meld-feil',
		'/liste',
		'/sok?q=berg',
		'/statistikk',
		'/data',
		'/tilgjengelighet'
	];
	for (const lang of LANGS)
		test(`every public page fits 390 px (${lang || '/'})`, async ({ page }) => {
			const wide: string[] = [];
			for (const path of PAGES) {
				await page.goto(`${lang}${path}`);
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				if (width > PHONE.width) wide.push(`${path}: ${width} px`);
			}
			expect(wide).toEqual([]);
		});
});
