import type { Feature } from '../feature';
import { textField } from '../feature';
import { accountsRoutes } from './accounts.routes';

/** Sign-up, log-in, sessions, password change and erasure. */
export const accountsFeature: Feature = {
  id: 'accounts',
  routes: accountsRoutes,
  tables: ['users'],
  textFields: [textField('users', 'display_name', 'id'), textField('users', 'email', 'id')],
};
