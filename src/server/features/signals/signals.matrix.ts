import type { FeatureMatrix } from '../../../../tests/support/matrix';

export const signalsMatrix: FeatureMatrix = {};
