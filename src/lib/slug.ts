// Stable, readable municipality URLs: /kommune/4627-askoy. The number decides; the name part is for people.

export function slugify(name: string): string {
	return name
		.toLowerCase()
		.replaceAll('æ', 'ae')
		.replaceAll('ø', 'o')
		.replaceAll('å', 'a')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

export function municipalitySlug(kommunenummer: string, nameNorwegian: string): string {
	return `${kommunenummer}-${slugify(nameNorwegian)}`;
}

export function municipalityPath(kommunenummer: string, nameNorwegian: string): string {
	return `/kommune/${municipalitySlug(kommunenummer, nameNorwegian)}`;
}

/** The kommunenummer in a URL segment such as "4627-askoy" or "4627", or null. */
export function parseMunicipalitySlug(segment: string): string | null {
	const match = /^(\d{4})(?:-[a-z0-9-]*)?$/.exec(segment);
	return match ? match[1] : null;
}
