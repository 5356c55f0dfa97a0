// "Report an error" about one municipality: the form on the municipality page and in the panel posts here.
// Without JavaScript this page shows the outcome (thanks, or the form again with what was typed and what is
// wrong); with JavaScript the form stays where it is and shows the same.
import { error, fail, redirect } from '@sveltejs/kit';
import { publicState } from '$lib/server/public-data';
import { sendReport } from '$lib/server/error-reports';
import { checkReport } from '$lib/reports/report-form';
import { municipalitySlug, parseMunicipalitySlug } from '$lib/slug';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import type { Actions, PageServerLoad } from './$types';

async function municipalityOf(slug: string) {
	const kommunenummer = parseMunicipalitySlug(slug);
	if (!kommunenummer) error(404, m.error_bad_kommunenummer({ value: slug }));
	const detail = (await publicState()).snapshot.data.details[kommunenummer];
	if (!detail) error(404, m.error_unknown_municipality({ kommunenummer }));
	return detail;
}

export const load: PageServerLoad = async ({ params }) => {
	const detail = await municipalityOf(params.slug);
	const canonical = municipalitySlug(detail.kommunenummer, detail.name_norwegian);
	if (params.slug !== canonical) redirect(308, localizeHref(`/kommune/${canonical}/meld-feil`));
	return {
		kommunenummer: detail.kommunenummer,
		name: detail.name,
		nameNorwegian: detail.name_norwegian,
		canonicalPath: `/kommune/${canonical}`
	};
};

export const actions: Actions = {
	default: async ({ params, request, getClientAddress }) => {
		const detail = await municipalityOf(params.slug);
		const { values, errors, spam } = checkReport(await request.formData());
		// A bot that filled the honeypot is thanked and nothing is stored.
		if (spam) return { sent: true };
		if (errors.length > 0) return fail(400, { values, errors });
		const refused = await sendReport(detail.kommunenummer, values, getClientAddress());
		if (refused)
			return fail(refused === 'busy' ? 429 : refused === 'failed' ? 503 : 400, { values, errors: [refused] });
		return { sent: true };
	}
};
