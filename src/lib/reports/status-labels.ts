// The staff area's words for a report's status (the staff area is in bokmål only).
import type { ReportStatus } from './report-form.ts';

export const REPORT_STATUS_LABEL: Record<ReportStatus, string> = {
	new: 'Ny',
	in_progress: 'Under arbeid',
	fixed: 'Rettet',
	rejected: 'Avvist'
};
