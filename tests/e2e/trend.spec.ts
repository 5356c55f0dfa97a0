// The dashboard's trend chart on a phone: a colour legend, a labelled target line, axis titles, text at a
// readable size, and the figures as a table that screen readers reach.
import { expect, test, type Locator } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 } });

test('the trend chart is readable at 390 px and its figures are a table for screen readers', async ({
	page
}) => {
	const timeline = (await (await page.request.get('/api/tidslinje.json')).json()) as {
		from_year: number;
		to_year: number;
	};
	await page.goto('/statistikk');
	const chart = page.locator('figure.trend');
	await chart.scrollIntoViewIfNeeded();
	// Legend: the two colours and the target line, in words.
	const legend = chart.locator('.legend');
	await expect(legend).toContainText('Egen');
	await expect(legend).toContainText('Interkommunal');
	await expect(legend).toContainText('Mål: alle 357');
	// The target line and both axes are labelled in the chart.
	const texts = await chart.locator('svg text').allTextContents();
	expect(texts).toContain('Mål: alle 357');
	expect(texts).toContain('Kommuner med kreftkoordinator');
	expect(texts.some((t) => t.startsWith('År'))).toBe(true);
	await expectReadableText(chart);
	// The figures: a table in the accessibility tree, one row per year, also without opening anything.
	const table = page.getByRole('table', { name: 'Tallene i diagrammet' });
	await expect(table.getByRole('row')).toHaveCount(timeline.to_year - timeline.from_year + 2);
	await page.getByRole('button', { name: 'Vis tallene' }).click();
	await expect(table).toBeVisible();
});

/** Every text of the chart is drawn at least 11 px tall and inside the chart. */
async function expectReadableText(chart: Locator) {
	const sizes = await chart.locator('svg').evaluate((svg) => {
		const box = svg.getBoundingClientRect();
		return [...svg.querySelectorAll('text')].map((t) => {
			const r = t.getBoundingClientRect();
			return {
				text: t.textContent,
				size:
					parseFloat(getComputedStyle(t).fontSize) *
					(box.width / (svg as SVGSVGElement).viewBox.baseVal.width),
				inside:
					r.left >= box.left - 1 &&
					r.right <= box.right + 1 &&
					r.top >= box.top - 1 &&
					r.bottom <= box.bottom + 1
			};
		});
	});
	for (const s of sizes) {
		expect(s.size, `«${s.text}» size`).toBeGreaterThanOrEqual(11);
		expect(s.inside, `«${s.text}» inside the chart`).toBe(true);
	}
}

test('without JavaScript (and before hydration) the chart is drawn for a phone, its text readable', async ({
	browser
}) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width: 390, height: 844 }
	});
	const page = await context.newPage();
	await page.goto('/statistikk');
	await expectReadableText(page.locator('figure.trend'));
	await context.close();
});
