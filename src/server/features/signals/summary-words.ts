/**
 * The words of the summary PDF (the print page in the web has its own, in
 * en.json under `signals.prepare`). Plain and warm, like the app; the PDF's
 * built-in font covers Western European text, so no symbols beyond it.
 */
import type { ConcernId, TriedId } from '../../../core/help-summary';
import type { ChangeVerdict } from '../../../core/reliable-change';
import type { IntimacyKind } from '../../../shared/api';

export const WORDS = {
  brand: 'REKINDLE',
  title: 'Notes for a first session',
  prepared: (day: string) =>
    `Prepared on ${day}. Only your own answers: nothing of your partner's is in here.`,
  intro:
    'This summary holds what you entered in Rekindle yourself. Bring it to a first session if it helps, ' +
    'share only the parts you want to, and leave the rest out. Numbers describe how things felt to you; ' +
    'they are not a verdict on your relationship.',
  scoresHeading: 'How things have felt, week by week',
  chartCaption: 'The line is your weekly pulse (the average of your four ratings, 1 to 10).',
  chartBandCaption:
    'The shaded band is your usual range: changes inside it may just be ordinary ups and downs.',
  noPulses: 'No weekly pulses yet.',
  changeHeading: 'How each line moved',
  change: (label: string, verdict: string, baseline: number | null, current: number | null) =>
    baseline !== null && current !== null
      ? `${label}: ${verdict} (first weeks ${baseline.toFixed(1)}, last four ${current.toFixed(1)}).`
      : `${label}: ${verdict}.`,
  weeksTable: 'Recent weeks',
  weekColumn: 'Week of',
  averageColumn: 'Average',
  talkColumn: 'Talking',
  checksHeading: 'The intimacy check',
  checksHint: '0 to 100: how it is now, and how you would like it.',
  noChecks: 'No checks taken yet.',
  dateColumn: 'Date',
  nowWish: (now: number | null, wish: number | null) =>
    now === null || wish === null ? 'Not answered' : `${now} now, ${wish} wished`,
  causesHeading: 'What weighs on us most',
  causesFrom: (day: string) => `From your check on ${day}, heaviest first.`,
  signsHeading: 'Signs you noticed',
  noCauses: 'Take the intimacy check to see this.',
  concernsHeading: 'Concerns you marked, just for you',
  concernsIntro: (weeks: number) =>
    `From your private weekly answers (${weeks} ${weeks === 1 ? 'week' : 'weeks'} answered).`,
  concernWeeks: (label: string, weeks: number, of: number) =>
    `${label}: ${weeks} of ${of} ${of === 1 ? 'week' : 'weeks'}.`,
  noConcerns: 'Nothing marked.',
  checkinConcernsHeading: 'Concerns you raised for your weekly check-ins',
  checkinConcernsIntro: (weeks: number) =>
    `In your own words, those you kept to yourself too (${weeks} ${weeks === 1 ? 'week' : 'weeks'} with a concern). The most recurring first.`,
  checkinConcern: (text: string, weeks: number, from: string, to: string, resolved: boolean) =>
    `"${text}": ${weeks === 1 ? `the week of ${from}` : `${weeks} weeks, from ${from} to ${to}`}${resolved ? ', and you said it is resolved' : ''}.`,
  checkinMore: (count: number) =>
    `And ${count} more ${count === 1 ? 'concern' : 'concerns'}, each raised in fewer weeks.`,
  triedHeading: 'What you tried in Rekindle',
  noneTried: 'Nothing recorded yet.',
  notesHeading: 'Things I want to say or ask',
  footer: (page: number, pages: number) =>
    `Rekindle. Only your own answers. Page ${page} of ${pages}`,
} as const;

export const VERDICT_WORDS: Record<ChangeVerdict, string> = {
  'went-up': 'went up',
  'usual-range': 'stayed within your usual range',
  'went-down': 'went down',
  'not-enough-data': 'not enough weeks yet to say',
};

export const PULSE_WORDS: Record<'emotional' | 'physical' | 'intellectual' | 'talk', string> = {
  emotional: 'Emotional closeness',
  physical: 'Physical closeness',
  intellectual: 'Closeness through ideas',
  talk: 'How well you talked',
};

export const KIND_WORDS: Record<IntimacyKind, string> = {
  emotional: 'Emotional',
  physical: 'Physical',
  intellectual: 'Intellectual',
};

export const CAUSE_GROUP_WORDS = {
  'busy-lives': 'Busy lives',
  communication: 'Talking and listening',
  routine: 'Routine and boredom',
} as const;

export const CONCERN_WORDS: Record<ConcernId, string> = {
  separation: 'Thoughts of separating, or steps toward it',
  conflict: 'Feeling flooded, shut out or put down in arguments on most days',
  betrayal: 'Trust broken by an affair or a secret',
  'sexual-pain': 'Pain during sex',
  'substance-use': 'Worry about alcohol or drugs',
  'low-mood': 'Feeling low most days',
};

export const TRIED_WORDS: Record<TriedId, (count: number) => string> = {
  primer: () => 'Read the short guide to the three kinds of intimacy',
  'daily-questions': (n) => `Answered ${n} daily ${n === 1 ? 'question' : 'questions'}`,
  checks: (n) => `Took the intimacy check ${n === 1 ? 'once' : `${n} times`}`,
  pulses: (n) => `Gave the weekly pulse ${n === 1 ? 'once' : `${n} times`}`,
  checkins: (n) => `Held a weekly check-in together ${n === 1 ? 'once' : `${n} times`}`,
  listening: (n) =>
    `Took turns listening and being heard in ${n === 1 ? 'one session' : `${n} sessions`}`,
  gestures: (n) => `Did ${n} small ${n === 1 ? 'gesture' : 'gestures'} for your partner`,
  notes: (n) => `Wrote ${n} ${n === 1 ? 'note' : 'notes'} to your partner`,
  dates: (n) => `Had ${n} planned ${n === 1 ? 'date' : 'dates'} together`,
  challenges: (n) => `Did a weekly challenge together ${n === 1 ? 'once' : `${n} times`}`,
  exercises: (n) => `Took part in ${n} guided ${n === 1 ? 'exercise' : 'exercises'}`,
  'opening-up': (n) => `Wrote about yourself for ${n} Opening up ${n === 1 ? 'prompt' : 'prompts'}`,
};
