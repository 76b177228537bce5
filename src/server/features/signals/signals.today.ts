/**
 * "Get support" on Today: my own suggestion of help, if there is one, as one
 * quiet card that ranks after the day's steps. Its words stay neutral (a
 * glance at the screen must not give it away); the reason is told only on
 * the support page. Only ever about the person asking.
 */
import type { TodayItem } from '../../../shared/program-api';
import type { TodayProvider } from '../today/today.types';
import { currentSuggestion } from './signals.service';

/** After the day's own steps and the re-check; before the week's gentle prompts. */
const PRIORITY = 50;

export const signalsTodayProvider: TodayProvider = {
  id: 'signals',
  snapshot: () => [],
  contribute: async (_values, frame, { deps }) => {
    const { suggestion } = await currentSuggestion(deps, frame.auth);
    if (!suggestion) return {};
    const item: TodayItem = {
      id: `signal:${suggestion.id}`,
      kind: 'signal',
      priority: PRIORITY,
      status: 'todo',
      href: '/get-support',
      minutes: null,
      detail: { kind: suggestion.kind },
    };
    return { items: [item] };
  },
};
