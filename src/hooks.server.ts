import type { HandleServerError } from '@sveltejs/kit';

// Unexpected errors are logged with an id; visitors get a plain Norwegian message and the id to quote.
export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: 'Fant ikke siden.' };
	const id = crypto.randomUUID().slice(0, 8);
	console.error(`[${id}] ${event.request.method} ${event.url.pathname}:`, error);
	return { message: `Vi får ikke hentet informasjonen akkurat nå (feil-id ${id}). Prøv igjen om litt.` };
};
