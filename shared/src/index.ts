export * from './api/errors.js';
export * from './api/health.js';
export * from './identity/identity-code.js';
export * from './roles/roles.js';
export * from './auth/auth-api.js';
export * from './access/access-types.js';
export * from './access/policy.js';
export * from './access/separation-of-duties.js';
