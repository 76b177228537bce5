import type { FeatureMatrix } from '../../../../tests/support/matrix';

export const notificationsMatrix: FeatureMatrix = {};
