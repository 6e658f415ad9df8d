export * from './score15-items.js';
export * from './score15-scoring.js';
export * from './therapy-plan-api.js';
export * from './therapy-session-api.js';
export * from './score15-api.js';
export * from './therapy-reminders.js';
