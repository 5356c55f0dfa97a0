// The dashboard's view in the URL: year, map layer, county, sorting. A copied link restores the same view.
export type Layer = 'status' | 'funding';
export type SortColumn =
	'name' | 'municipalities' | 'covered' | 'own' | 'inter_municipal' | 'uncovered' | 'share';

export interface PolicyView {
	year: number;
	layer: Layer;
	county: string | null;
	sort: SortColumn;
	descending: boolean;
}

const SORTS: SortColumn[] = [
	'name',
	'municipalities',
	'covered',
	'own',
	'inter_municipal',
	'uncovered',
	'share'
];

export function readView(params: URLSearchParams, years: { from: number; to: number }): PolicyView {
	const year = Number(params.get('ar'));
	const sort = params.get('sorter') as SortColumn;
	const county = params.get('fylke');
	return {
		year: Number.isInteger(year) && year >= years.from && year <= years.to ? year : years.to,
		layer: params.get('lag') === 'finansiering' ? 'funding' : 'status',
		county: county && /^\d{2}$/.test(county) ? county : null,
		sort: SORTS.includes(sort) ? sort : 'name',
		descending: params.get('synkende') === '1'
	};
}

export function writeView(view: PolicyView, latestYear: number): string {
	const params = new URLSearchParams();
	if (view.year !== latestYear) params.set('ar', String(view.year));
	if (view.layer === 'funding') params.set('lag', 'finansiering');
	if (view.county) params.set('fylke', view.county);
	if (view.sort !== 'name') params.set('sorter', view.sort);
	if (view.descending) params.set('synkende', '1');
	const query = params.toString();
	return query ? `?${query}` : '';
}
