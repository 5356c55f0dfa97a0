// A request refused for its body (hooks.server.ts, request-limits.ts) is answered in the language of its
// address, bokmål, nynorsk or English, like every other page.
import { expect, test } from '@playwright/test';

const cases = [
	{ prefix: '', lang: 'nb', heading: 'Kunne ikke ta imot forespørselen', text: 'er for stort' },
	{
		prefix: '/nn',
		lang: 'nn',
		heading: 'Kunne ikkje ta imot førespurnaden',
		text: 'Det du sende, er for stort'
	},
	{
		prefix: '/en',
		lang: 'en',
		heading: 'The request could not be accepted',
		text: 'What you sent is too large'
	}
];

test('a form field over the limit is refused with a page in the address’s language', async ({
	request,
	baseURL
}) => {
	for (const { prefix, lang, heading, text } of cases) {
		const response = await request.post(`${prefix}/logg-inn?/passord`, {
			headers: { origin: baseURL!, 'content-type': 'application/x-www-form-urlencoded' },
			data: new URLSearchParams({ email: 'e'.repeat(20_000), password: 'x' }).toString(),
			maxRedirects: 0
		});
		expect(response.status(), prefix).toBe(413);
		const body = await response.text();
		expect(body, prefix).toContain(`<html lang="${lang}">`);
		expect(body, prefix).toContain(heading);
		expect(body, prefix).toContain(text);
		expect(body, prefix).toContain(`href="${prefix || ''}/"`);
	}
});

test('an enhanced form gets the refusal as SvelteKit’s error, in the address’s language', async ({
	request,
	baseURL
}) => {
	const response = await request.post('/nn/logg-inn?/passord', {
		headers: {
			origin: baseURL!,
			'content-type': 'application/x-www-form-urlencoded',
			'x-sveltekit-action': 'true'
		},
		data: new URLSearchParams({ email: 'a\u0000@example.org', password: 'x' }).toString()
	});
	expect(await response.json()).toEqual({
		type: 'error',
		status: 400,
		error: { message: 'Skjemaet inneheld eit teikn som ikkje kan brukast (NUL).' }
	});
});
