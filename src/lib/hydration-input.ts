// Typing before the page comes alive (a slow phone). Svelte sets each field's `value={…}` (and a select's
// value, a box's `checked`) again as it hydrates: that emptied what the reader had typed, and the form then
// sent the page's value instead of theirs. Setting a value also moves the caret to the end and drops a
// selection, so someone who selected a field's text and then typed added to it instead of replacing it.
// `noteTypingBeforeHydration` runs as the app's script starts (hooks.client.ts) and notes every field the
// reader has changed, then and until hydration; `restoreTypingAfterHydration` runs once the page is mounted
// (the root layout) and puts those values back, telling the page's own handlers by the same events typing
// sends, then puts back the focused field's selection.

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const isField = (target: EventTarget | null): target is Field =>
	(target instanceof HTMLInputElement && target.type !== 'file' && target.type !== 'hidden') ||
	target instanceof HTMLTextAreaElement ||
	target instanceof HTMLSelectElement;

const isBox = (field: Field): field is HTMLInputElement =>
	field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');

const valueOf = (field: Field) => (isBox(field) ? field.checked : field.value);

/** Changed from what the page's HTML says: typed before the script ran, or filled in by the browser. */
const changedFromPage = (field: Field) =>
	isBox(field)
		? field.checked !== field.defaultChecked
		: field instanceof HTMLSelectElement
			? [...field.options].some((option) => option.selected !== option.defaultSelected)
			: field.value !== field.defaultValue;

/** The reader's value of each field they changed before hydration. */
const typed = new Map<Field, string | boolean>();

const note = (event: Event) => {
	if (isField(event.target)) typed.set(event.target, valueOf(event.target));
};

export function noteTypingBeforeHydration(): void {
	for (const field of document.querySelectorAll('input, textarea, select'))
		if (isField(field) && changedFromPage(field)) typed.set(field, valueOf(field));
	document.addEventListener('input', note, true);
	document.addEventListener('change', note, true);
}

export function restoreTypingAfterHydration(): void {
	document.removeEventListener('input', note, true);
	document.removeEventListener('change', note, true);
	const focused = document.activeElement;
	const selection =
		(focused instanceof HTMLInputElement || focused instanceof HTMLTextAreaElement) &&
		// Inputs without text selection (checkbox, e-mail, number) report null.
		focused.selectionStart !== null &&
		focused.selectionEnd !== null
			? {
					field: focused,
					start: focused.selectionStart,
					end: focused.selectionEnd,
					direction: focused.selectionDirection ?? undefined
				}
			: null;
	// After Svelte's own tidy-up, which hydration queues as a microtask and so runs before this one.
	queueMicrotask(() => {
		for (const [field, value] of typed) {
			if (!field.isConnected || valueOf(field) === value) continue;
			if (isBox(field)) field.checked = value as boolean;
			else field.value = value as string;
			field.dispatchEvent(
				new Event(isBox(field) || field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true })
			);
		}
		typed.clear();
		if (!selection || document.activeElement !== selection.field) return;
		const { field, start, end, direction } = selection;
		if (field.selectionStart === start && field.selectionEnd === end) return;
		field.setSelectionRange(start, end, direction);
	});
}
