// The service form's stored fields, merged one by one when a colleague saved in between (see merge.ts), with
// the labels the conflict panel shows them by (the form's own labels).
export const SERVICE_MERGE_FIELDS = ['category', 'name', 'description', 'url', 'phone'] as const;
export type ServiceMergeField = (typeof SERVICE_MERGE_FIELDS)[number];
export const SERVICE_LABELS: Record<ServiceMergeField, string> = {
	category: 'Kategori',
	name: 'Navn på tilbudet',
	description: 'Beskrivelse',
	url: 'Nettside',
	phone: 'Telefon'
};
