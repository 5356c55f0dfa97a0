// The rows of the municipality list as markup, for MunicipalityList's {@html}. They are plain links: hydrating
// 357 rows as Svelte blocks took about a fifth of the front page's script time, while markup that is already
// on the page is taken over as it is. Every text from data is escaped.
import type { SnapshotMunicipality } from '$lib/coverage/schema';
import { statusShortLabel } from '$lib/coverage/labels';
import { escapeXml } from '$lib/map/svg-markup';
import { municipalityHrefMaker } from '$lib/paths';

type Row = Pick<SnapshotMunicipality, 'kommunenummer' | 'name' | 'name_norwegian' | 'status'>;

export function municipalityRowsMarkup(rows: readonly Row[]): string {
	const href = municipalityHrefMaker();
	const labels = new Map<string, string>();
	const label = (status: Row['status']) => {
		if (!labels.has(status)) labels.set(status, escapeXml(statusShortLabel(status)));
		return labels.get(status);
	};
	return rows
		.map(
			(mu) =>
				`<li><a href="${escapeXml(href(mu.kommunenummer, mu.name_norwegian))}">${escapeXml(mu.name)}</a>` +
				`<span class="status"><span class="swatch ${escapeXml(mu.status)}" aria-hidden="true"></span>` +
				`${label(mu.status)}</span></li>`
		)
		.join('');
}
