// For use:enhance on the staff forms: marks the form busy while it saves, and keeps what was typed when the
// server answers with errors (SvelteKit would otherwise reset the form).
import type { SubmitFunction } from '@sveltejs/kit';

export function submitting(setBusy: (busy: boolean) => void): SubmitFunction {
	return () => {
		setBusy(true);
		return async ({ update }) => {
			await update({ reset: false });
			setBusy(false);
		};
	};
}
