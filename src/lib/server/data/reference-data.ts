// The shape of the reference data the data build writes (reference/reference.json) and the server reads:
// counties, municipalities with every official name form, population by year, postal codes.
import type { z } from 'zod';
import type { municipalityRow } from '../../domain/rows.ts';

export interface County {
	fylkesnummer: string;
	name: string;
	name_norwegian: string;
}

/** A row of public.municipality, which the data build's seed fills from this file. */
export type Municipality = z.infer<typeof municipalityRow>;

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
