// For use:enhance on the staff forms: marks the form busy while it saves, and keeps what was typed when the
// server answers with errors (SvelteKit would otherwise reset the form).
import type { SubmitFunction } from '@sveltejs/kit';

export function submitting(
	setBusy: (busy: boolean) => void,
	/** Empty the form after a success (e.g. a password that must not stay on screen), or put it back after a refusal (e.g. a select that shows the stored choice). */
	options: { resetOnSuccess?: boolean; resetOnFailure?: boolean } = {}
): SubmitFunction {
	return ({ formElement }) => {
		setBusy(true);
		return async ({ update, result }) => {
			await update({ reset: Boolean(options.resetOnSuccess) && result.type === 'success' });
			if (options.resetOnFailure && result.type === 'failure') formElement.reset();
			setBusy(false);
		};
	};
}
