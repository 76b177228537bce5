import type { Feature } from '../feature';

export const libraryFeature: Feature = {
  id: 'library',
  routes: async () => {},
  tables: [],
  textFields: [],
};
