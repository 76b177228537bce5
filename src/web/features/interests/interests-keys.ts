/** Every hobby query starts with `hobbies`, every travel query with `travel`: one live event refreshes each. */
export const interestKeys = {
  hobbies: ['hobbies'] as const,
  hobbyList: ['hobbies', 'list'] as const,
  hobbyMatches: ['hobbies', 'matches'] as const,
  travel: ['travel'] as const,
  travelList: ['travel', 'list'] as const,
  travelMatches: ['travel', 'matches'] as const,
  plan: (ideaId: string) => ['travel', 'plan', ideaId] as const,
};
