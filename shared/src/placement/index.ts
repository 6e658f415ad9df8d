export * from './unit-api.js';
export * from './capacity.js';
export * from './placement-api.js';
export * from './checklist-api.js';
export * from './visit-api.js';
export * from './finding-api.js';
export * from './visit-schedule.js';
export * from './visit-rules.js';
