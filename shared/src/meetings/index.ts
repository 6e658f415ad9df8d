export * from './meeting-api.js';
export * from './meeting-notes.js';
export * from './realtime-contract.js';
