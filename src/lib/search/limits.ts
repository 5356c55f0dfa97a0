// The longest query worth searching: the longest name form is under 40 characters. Longer input is cut (on
// /sok, with a message), and the production server answers even far longer URLs with a page, not an error.
export const MAX_QUERY_LENGTH = 100;
