import type { Feature } from '../feature';

export const notificationsFeature: Feature = {
  id: 'notifications',
  routes: async () => {},
  tables: [],
  textFields: [],
};
