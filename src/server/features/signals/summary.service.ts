/**
 * The therapist-prep summary: my own data only, for me to bring to a first
 * session. Every read is keyed by my id, so nothing of my partner's can be in
 * it: my pulses and checks, the causes and signs from my latest check, how
 * often my own private concerns came up, the concerns I raised for our
 * weekly check-ins (mine alone, also those I kept to myself), and what I did
 * in the app (check-ins and listening sessions I took part in among it).
 */
import { localDay } from '../../../core/calendar';
import {
  type SummarySection,
  TRIED_IDS,
  tallyCheckinConcerns,
  tallyConcerns,
} from '../../../core/help-summary';
import { summarizeChange } from '../../../core/reliable-change';
import type { Summary } from '../../../shared/signals-api';
import type { AuthContext } from '../../lib/auth-context';
import { listCheckResults, parseStoredResult } from '../check/check.queries';
import { listMyConcernNotes } from '../checkins/checkins.queries';
import type { ServiceDeps } from '../deps';
import { listPulsesOf } from '../progress/progress.queries';
import { listAnswers } from './signals.repository';
import { parseAnswers, signalSettingsOf } from './signals.service';
import { TRIED_SOURCES } from './summary-sources';

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'catalog'>;

const PULSE_KEYS = ['emotional', 'physical', 'intellectual', 'talk'] as const;

async function scoresOf(deps: Deps, auth: AuthContext): Promise<NonNullable<Summary['scores']>> {
  const [pulseRows, checkRows] = await Promise.all([
    listPulsesOf(deps.db, auth.user.id),
    listCheckResults(deps.db, auth.user.id),
  ]);
  const pulses = pulseRows.map((p) => ({
    week: p.week,
    emotional: Number(p.emotional),
    physical: Number(p.physical),
    intellectual: Number(p.intellectual),
    talk: Number(p.talk),
  }));
  const reliability = signalSettingsOf(deps.catalog).reliability.pulse;
  return {
    pulses,
    change: PULSE_KEYS.map((key) => {
      const { verdict, baseline, current } = summarizeChange(
        pulses.map((p) => p[key]),
        reliability,
      );
      return { key, verdict, baseline, current };
    }),
    checks: [...checkRows].reverse().map((row) => ({
      takenOn: localDay(new Date(row.taken_at), auth.user.timeZone),
      kinds: parseStoredResult(row.result).kinds.map(({ kind, score, wish }) => ({
        kind,
        score,
        wish,
      })),
    })),
  };
}

async function causesOf(deps: Deps, auth: AuthContext): Promise<Summary['causes']> {
  const [latest] = await listCheckResults(deps.db, auth.user.id);
  if (!latest) return null;
  const { causes, signs } = parseStoredResult(latest.result);
  const settings = deps.catalog.checkSettings;
  const causeLabel = new Map(settings.causes.map((c) => [c.id, c.label]));
  const signLabel = new Map(settings.signs.map((s) => [s.id, s.label]));
  return {
    takenOn: localDay(new Date(latest.taken_at), auth.user.timeZone),
    groups: causes.map((c) => ({
      group: c.group,
      items: c.items.map((id) => causeLabel.get(id) ?? id),
    })),
    signs: signs.map((id) => signLabel.get(id) ?? id),
  };
}

async function concernsOf(deps: Deps, auth: AuthContext): Promise<Summary['concerns']> {
  const [rows, notes] = await Promise.all([
    listAnswers(deps.db, auth.user.id),
    listMyConcernNotes(deps.db, auth.user.id),
  ]);
  return {
    ...tallyConcerns(rows.map((row) => parseAnswers(row.answers))),
    checkins: tallyCheckinConcerns(notes),
  };
}

async function triedOf(deps: Deps, auth: AuthContext): Promise<Summary['tried']> {
  const who = { userId: auth.user.id, coupleId: auth.couple?.id ?? null, now: deps.clock.now() };
  return Promise.all(
    TRIED_IDS.map(async (id) => ({ id, count: await TRIED_SOURCES[id](deps.db, who) })),
  );
}

/** My summary, with the sections I chose. */
export async function buildSummary(
  deps: Deps,
  auth: AuthContext,
  sections: readonly SummarySection[],
): Promise<Summary> {
  const has = (section: SummarySection) => sections.includes(section);
  const [scores, causes, concerns, tried] = await Promise.all([
    has('scores') ? scoresOf(deps, auth) : null,
    has('causes') ? causesOf(deps, auth) : null,
    has('concerns') ? concernsOf(deps, auth) : null,
    has('tried') ? triedOf(deps, auth) : null,
  ]);
  return {
    preparedOn: localDay(deps.clock.now(), auth.user.timeZone),
    sections: [...sections],
    scores,
    causes,
    concerns,
    tried,
  };
}
