import type { Feature } from '../feature';

export const exportFeature: Feature = {
  id: 'export',
  routes: async () => {},
  tables: [],
  textFields: [],
};
