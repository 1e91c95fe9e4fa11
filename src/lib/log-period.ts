/**
 * The log is searched systematically from this day on; earlier records are
 * events that later reporting led us to, not a sample of their years. Charts
 * by month and comparisons with official counts start here.
 */
export const LOG_START = '2024-01-01';
