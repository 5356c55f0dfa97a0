// The public pages are complete as server-rendered HTML; the interactive map arrives with the map issue.
export const csr = false;
