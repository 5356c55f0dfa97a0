// The dashboard's map as an SVG picture for a view given in the URL (the same parameters as the page):
// for download (with title, date line, legend and attribution) and as the page's map before MapLibre loads,
// without JavaScript and in print (the bare map).
import type { RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { formatDate, formatNumber } from '$lib/i18n/format';
import { mapImageSvg } from '$lib/policy/map-image';
import { layerMunicipalities, legendEntries, mapTitle } from '$lib/policy/map-layer';
import { focusRow, summaryOf } from '$lib/policy/timeline';
import { ignoredList, readViewReport } from '$lib/policy/view-state';
import { publicState, publicTimeline } from './public-data.ts';
import { detailedSvgMap, nationalSvgMap } from './data/geometry.ts';

/**
 * The dashboard view a query names (values that cannot be read are left at their defaults and listed), with
 * what the pictures of it draw: every municipality's colour, the county and the summary row of its figures.
 */
export async function policyImageView(params: URLSearchParams) {
	const [{ snapshot }, timeline] = await Promise.all([publicState(), publicTimeline()]);
	const { municipalities, counties } = snapshot.data.map;
	const { view, ignored } = readViewReport(params, {
		from: timeline.from_year,
		to: timeline.to_year,
		counties: new Set(counties.map((c) => c.fylkesnummer)),
		municipalities: new Set(municipalities.map((mu) => mu.kommunenummer))
	});
	const layer = layerMunicipalities(timeline, municipalities, view);
	const inCounty = view.county ? layer.filter((mu) => mu.fylkesnummer === view.county) : null;
	const county = counties.find((c) => c.fylkesnummer === view.county);
	const focus = focusRow(summaryOf(timeline, view.year), county?.fylkesnummer ?? null);
	return {
		snapshot,
		timeline,
		view,
		ignored,
		layer,
		focus,
		place: county?.name ?? m.policy_all_counties(),
		/** The bare map of the view (no frame): the county's when one is chosen. */
		map: {
			map: inCounty?.length ? detailedSvgMap() : nationalSvgMap(),
			fills: new Map(layer.map((mu) => [mu.kommunenummer, mu.colour])),
			crop: inCounty?.length ? inCounty.map((mu) => mu.kommunenummer) : null,
			selected: view.selected
		}
	};
}

export async function policyMapImage(
	params: URLSearchParams,
	framed: boolean,
	origin: string
): Promise<string> {
	const { snapshot, view, ignored, layer, focus, place, map } = await policyImageView(params);
	return mapImageSvg({
		...map,
		frame: framed
			? {
					title: mapTitle(view, place),
					subtitle: `${m.policy_situation({ date: formatDate(focus.at) })} · ${m.policy_covered({
						covered: formatNumber(focus.covered),
						total: formatNumber(focus.municipalities)
					})}`,
					legend: legendEntries(layer, view).map((entry) => ({
						colour: entry.colour,
						label: `${entry.label} (${formatNumber(entry.count)})`
					})),
					attribution: [
						// A link with values that could not be read says so in the picture, as the page does.
						...(ignored.length ? [m.policy_ignored({ list: ignoredList(ignored) })] : []),
						m.attribution(),
						`${snapshot.data.map.is_demo ? `${m.policy_image_demo()} · ` : ''}Koordinatorkart · ${origin}${localizeHref(`/statistikk`)}`
					]
				}
			: null
	});
}

/**
 * The bare map of the page's view, put into its picture slot (see slot.ts and PolicyMap): the first picture
 * paints with the page's text. A data request has no slot: the page is drawn in the browser, with the image.
 */
export async function policyMapInPage(event: Pick<RequestEvent, 'url' | 'isDataRequest' | 'locals'>) {
	if (event.isDataRequest) return;
	event.locals.svgMapMarkup = await policyMapImage(event.url.searchParams, false, event.url.origin);
}
