export * from './api/errors.js';
export * from './api/health.js';
export * from './identity/identity-code.js';
export * from './roles/roles.js';
export * from './auth/auth-api.js';
