import type { FastifyInstance } from 'fastify';
import type { ServiceDeps } from '../deps';
import type { Feature } from '../feature';
import { textField } from '../feature';
import { resetRoutes } from './accounts.reset.routes';
import { accountsRoutes } from './accounts.routes';

async function routes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  await accountsRoutes(app, deps);
  await resetRoutes(app, deps);
}

/** Sign-up, log-in, sessions, password change, "forgot password" by email, and erasure. */
export const accountsFeature: Feature = {
  id: 'accounts',
  routes,
  tables: ['users', 'password_resets'],
  textFields: [textField('users', 'display_name', 'id'), textField('users', 'email', 'id')],
};
