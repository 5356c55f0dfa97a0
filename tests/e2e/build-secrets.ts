// Server-only secrets given to the build and server under test, so that the bundle scan has something real
// to look for (tests/e2e/security.spec.ts).
export const BUILD_SECRETS = {
	SUPABASE_SERVICE_ROLE_KEY: 'kk-test-service-role-key-must-stay-on-server',
	SUPABASE_JWT_SECRET: 'kk-test-jwt-secret-must-stay-on-server'
};
