// The shape of the reference data the data build writes (reference/reference.json) and the server reads:
// counties, municipalities with every official name form, population by year, postal codes.

export interface County {
	fylkesnummer: string;
	name: string;
	name_norwegian: string;
}

export interface Municipality {
	kommunenummer: string;
	fylkesnummer: string;
	name: string;
	name_norwegian: string;
	name_north_sami: string | null;
	name_lule_sami: string | null;
	name_south_sami: string | null;
	name_kven: string | null;
	administrative_centre: string | null;
	written_standard: string | null;
	area_km2: number | null;
	sami_administrative_area: boolean;
}

export interface Population {
	kommunenummer: string;
	year: number;
	population: number;
}

export interface PostalCode {
	postnummer: string;
	poststed: string;
	kommunenummer: string;
	category: 'G' | 'P' | 'B' | 'S';
}

export interface ReferenceData {
	counties: County[];
	municipalities: Municipality[];
	population: Population[];
	postalCodes: PostalCode[];
	/** 2020 municipalities and the 2024 ones that cover them (from the boundaries; see scripts/data/former.ts). */
	formerMunicipalities?: FormerMunicipality[];
}

export interface FormerMunicipality {
	/** The 2020 kommunenummer (4 digits). */
	kommunenummer_2020: string;
	name_2020: string;
	/** A 2024 municipality that covers (part of) it. */
	kommunenummer: string;
}
