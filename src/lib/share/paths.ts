// Where the share cards are. The dashboard's card depends on the year, layer, filters and selected
// municipality, not on sorting or the map's position: its URL holds only those, so that views differing
// in nothing the card shows share one picture.
import { writeView, type PolicyView } from '$lib/policy/view-state';

/** The share card's size: the large link preview's 1.91 : 1 (Open Graph, Twitter). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The query of a dashboard view's card («?ar=2019&lag=finansiering»), or '' for the default view. */
export function policyCardQuery(view: PolicyView, latestYear: number): string {
	return writeView({ ...view, sort: 'name', descending: false, camera: null }, latestYear);
}
