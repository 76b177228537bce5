import type { Feature } from '../feature';

export const rhythmFeature: Feature = {
  id: 'rhythm',
  routes: async () => {},
  tables: [],
  textFields: [],
};
