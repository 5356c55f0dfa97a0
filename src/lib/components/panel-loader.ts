// The front page's drill-down panel (details, contacts, history, services) is code for after a choice: it
// loads when the reader is about to choose (the map wakes, a pointer rests on an area) or chooses, not with
// the page, whose first view works without it (and without JavaScript the areas link to the pages).
type Panel = typeof import('./MunicipalityPanel.svelte').default;

let loading: Promise<Panel> | undefined;

/** The panel component, imported once per page (again after a failure). */
export function loadPanel(): Promise<Panel> {
	loading ??= import('./MunicipalityPanel.svelte')
		.then((module) => module.default)
		.catch((error: unknown) => {
			loading = undefined;
			throw error;
		});
	return loading;
}
