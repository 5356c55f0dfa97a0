// The share cards' content: what a municipality's card and a dashboard view's card say and draw, from the
// current snapshot, in the request's language. Each comes with its cache key: the snapshot version, the
// language and the view as normalised, so that any URL meaning the same card finds the same render.
import { m } from '$lib/paraglide/messages';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { statusLabel } from '$lib/coverage/labels';
import { COVERAGE_STATUSES } from '$lib/domain/status';
import { STATUS_COLOURS } from '$lib/map/colours';
import { renderMapPicture } from '$lib/map/picture';
import { formatNumber } from '$lib/i18n/format';
import { cropView, mapImageSvg } from '$lib/policy/map-image';
import { legendEntries, mapTitle } from '$lib/policy/map-layer';
import { municipalitySlug } from '$lib/slug';
import { mapAspect, shareCardSvg, type ShareCard } from '$lib/share/card';
import { pictureThumbnail } from '$lib/share/map-thumbnail';
import { policyCardQuery } from '$lib/share/paths';
import { cardDate, municipalityCardAlt, policyCardTexts, policyFigures } from '$lib/share/texts';
import { pictureGeometry } from '../data/geometry.ts';
import { policyImageView } from '../policy-map-image.ts';
import { publicState } from '../public-data.ts';

export interface CardSource {
	key: string;
	/** The card as SVG, made only on a cache miss. */
	svg: () => string;
}

/** «koordinatorkart.no/kommune/4627-askoy»: where the card's data is, without the scheme. */
const address = (origin: string, path: string) => `${new URL(origin).host}${localizeHref(path)}`;

/** A municipality's card, or null when there is no such municipality (the page says 404 too). */
export async function municipalityCard(kommunenummer: string, origin: string): Promise<CardSource | null> {
	const { snapshot } = await publicState();
	const detail = snapshot.data.details[kommunenummer];
	if (!detail) return null;
	return {
		key: `${snapshot.version}|${getLocale()}|kommune|${kommunenummer}`,
		svg: () => {
			const { municipalities } = snapshot.data.map;
			const arrangement = detail.arrangement;
			const group = arrangement ? arrangement.members.map((member) => member.kommunenummer) : [kommunenummer];
			const picture = renderMapPicture(pictureGeometry(), group);
			const card: ShareCard = {
				alt: municipalityCardAlt(detail),
				title: detail.name,
				lines: [
					{ text: statusLabel(detail.status), size: 28, bold: true, swatch: STATUS_COLOURS[detail.status] },
					...(arrangement && detail.status === 'inter_municipal'
						? [
								{
									text: m.status_text_shared({
										name: detail.name_norwegian,
										others: arrangement.members.length - 1,
										arrangement: arrangement.name
									}),
									size: 22,
									maxLines: 3
								},
								{ text: m.share_host({ host: arrangement.host_name }), size: 20 }
							]
						: detail.status === 'own'
							? [{ text: m.status_text_own({ name: detail.name_norwegian }), size: 22 }]
							: []),
					{
						text: m.municipality_meta({ kommunenummer, county: detail.county_name }),
						size: 20,
						fill: '#4f4f4f'
					}
				],
				legend: COVERAGE_STATUSES.map((s) => ({ colour: STATUS_COLOURS[s], label: statusLabel(s) })),
				map: picture
					? pictureThumbnail(picture, {
							fills: new Map(municipalities.map((mu) => [mu.kommunenummer, STATUS_COLOURS[mu.status]])),
							selected: kommunenummer,
							group,
							aspect: mapAspect(),
							boxWidth: 520
						})
					: { viewBox: [0, 0, 1, 1], content: '' },
				date: cardDate(detail.at),
				attribution: [
					m.share_licence(),
					`Koordinatorkart · ${address(origin, `/kommune/${municipalitySlug(kommunenummer, detail.name_norwegian)}`)}`
				],
				demo: detail.is_demo ? m.policy_image_demo() : null
			};
			return shareCardSvg(card);
		}
	};
}

/** A dashboard view's card: values in the query that cannot be read are left out, as on the page. */
export async function policyCard(params: URLSearchParams, origin: string): Promise<CardSource> {
	const { snapshot, timeline, view, layer, focus, place, map } = await policyImageView(params);
	const query = policyCardQuery(view, timeline.to_year);
	return {
		key: `${snapshot.version}|${getLocale()}|statistikk|${query}`,
		svg: () => {
			const figures = policyFigures(focus);
			const card: ShareCard = {
				alt: policyCardTexts(view, place, focus).alt,
				title: mapTitle(view, place),
				mapWidth: 440,
				lines: [
					{ text: figures.covered, size: 26, bold: true },
					{
						text: m.policy_covered_split({
							own: formatNumber(focus.own),
							shared: formatNumber(focus.inter_municipal)
						}),
						size: 20
					},
					...(figures.population ? [{ text: figures.population, size: 20 }] : [])
				],
				legend: legendEntries(layer, view).map((entry) => ({
					colour: entry.colour,
					label: `${entry.label} (${formatNumber(entry.count)})`
				})),
				map: {
					viewBox: [0, 0, 560, cropView(map.map, map.crop).height],
					content: mapImageSvg({ ...map, frame: null })
				},
				date: cardDate(focus.at),
				attribution: [m.share_licence(), `Koordinatorkart · ${address(origin, `/statistikk${query}`)}`],
				demo: snapshot.data.map.is_demo ? m.policy_image_demo() : null
			};
			return shareCardSvg(card);
		}
	};
}
