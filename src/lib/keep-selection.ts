// Svelte takes the server's `value` attributes off the inputs just after hydration, by setting each value
// again, and setting a value moves the caret to the end and drops a selection. Someone who selected a field's
// text before the page came alive (on a slow phone) and then typed would add to the old text instead of
// replacing it. Called once the page is mounted: it notes the focused field's selection and puts it back
// after Svelte's tidy-up, which is queued as a microtask during hydration and so runs before this one.
export function keepSelectionThroughHydration(): void {
	const field = document.activeElement;
	if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
	// Inputs without text selection (checkbox, e-mail, number) report null.
	const { selectionStart: start, selectionEnd: end, selectionDirection: direction, value } = field;
	if (start === null || end === null) return;
	queueMicrotask(() => {
		if (document.activeElement !== field || field.value !== value) return;
		if (field.selectionStart === start && field.selectionEnd === end) return;
		field.setSelectionRange(start, end, direction ?? undefined);
	});
}
