import type { Feature } from '../feature';

export const signalsFeature: Feature = {
  id: 'signals',
  routes: async () => {},
  tables: [],
  textFields: [],
};
