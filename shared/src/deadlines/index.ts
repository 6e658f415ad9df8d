export * from './calendar-date.js';
export * from './working-days.js';
export * from './months.js';
export * from './events.js';
export * from './rules.js';
export * from './caseload.js';
export * from './compute.js';
