import type { Feature } from '../feature';
import { ssoRoutes } from './sso.routes';

/** Single sign-on with the practice's OpenID Connect provider, beside passwords. */
export const ssoFeature: Feature = {
  id: 'sso',
  routes: ssoRoutes,
  tables: ['user_identities'],
  textFields: [],
};
