// What the map's drill-down panel shows: one municipality's details once loaded, or, while they load (or
// when they could not be fetched), what the map already knows about it.
import type {
	CoverageStatus,
	HistoryYear,
	MunicipalityDetail,
	NearbyMunicipality
} from '$lib/coverage/schema';

export type PanelLoaded = {
	state: 'loaded';
	detail: MunicipalityDetail;
	nearby: NearbyMunicipality[];
	history: HistoryYear[];
};

export type PanelPending = {
	state: 'loading' | 'failed';
	kommunenummer: string;
	name: string;
	nameNorwegian: string;
	status: CoverageStatus;
	arrangementName: string | null;
	/** The arrangement, whose coordinators the prefetched contacts may already hold. */
	arrangementId: string | null;
};

export type PanelView = PanelLoaded | PanelPending;
