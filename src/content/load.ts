/**
 * Loads and validates the program content under src/content/<type>/*.yaml.
 * Any item that breaks the schema stops the build and the boot, with its file and path.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Depth, IntimacyKind } from '../shared/api';
import { type ResourceGuide, resourceGuideSchema } from './resources-schema';
import {
  type CheckItem,
  type ContentItem,
  contentItemSchema,
  type DeckItem,
  type ListeningPrompt,
  type PrimerCard,
  type QuestionItem,
  speaksToPartner,
} from './schema';
import {
  type CheckSettings,
  checkSettingsSchema,
  type PrivateScreen,
  type PulseSettings,
  privateScreenSchema,
  pulseSettingsSchema,
  type SupportResources,
  supportResourcesSchema,
} from './settings-schema';

export const CONTENT_DIR = fileURLToPath(new URL('.', import.meta.url));

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid content:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

export interface Catalog {
  items: readonly ContentItem[];
  questions: ReadonlyMap<string, QuestionItem>;
  /** Question ids in a stable order: the daily-question deck. */
  questionDeck: readonly string[];
  checkItems: readonly CheckItem[];
  /** The open-dialogue decks, in their `order`. */
  decks: readonly DeckItem[];
  /** Each deck's question ids, in a stable order. */
  deckQuestions: ReadonlyMap<string, readonly string[]>;
  listeningPrompts: readonly ListeningPrompt[];
  primerCards: readonly PrimerCard[];
  checkSettings: CheckSettings;
  pulse: PulseSettings;
  privateScreen: PrivateScreen;
  supportResources: SupportResources;
  /** The "Get support" guide: therapy, workshops, books and courses. */
  resourceGuide: ResourceGuide;
}

/** Files that hold one settings object rather than a list of items. */
const SETTINGS_FILES = {
  checkSettings: ['check/settings.yaml', checkSettingsSchema],
  pulse: ['check/pulse.yaml', pulseSettingsSchema],
  privateScreen: ['private/screen.yaml', privateScreenSchema],
  supportResources: ['support/resources.yaml', supportResourcesSchema],
  resourceGuide: ['resources/guide.yaml', resourceGuideSchema],
} as const;
const settingsPaths = new Set<string>(Object.values(SETTINGS_FILES).map(([path]) => path));

export interface LoadOptions {
  /** An operator's own support table (DATA_DIR/support-resources.yaml), replacing the bundled one. */
  supportResourcesFile?: string | undefined;
}

function readSettings<T>(
  file: string,
  schema: {
    safeParse(
      data: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  problems: string[],
): T | undefined {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${file}: cannot be read as YAML (${(error as Error).message.split('\n')[0]})`);
    return undefined;
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push(`${file}: ${issue.path.map(String).join('.')}: ${issue.message}`);
    return undefined;
  }
  return parsed.data;
}

/** A question must have words for someone alone that never speak to a partner who is not there. */
function journalProblems(item: ContentItem, where: string): string[] {
  if (item.type !== 'question') return [];
  if (item.solo !== undefined && speaksToPartner(item.solo))
    return [`${where}.solo: speaks to a partner; a journal question is for someone alone`];
  if (item.solo === undefined && speaksToPartner(item.text))
    return [`${where}.solo: required, because the text speaks to a partner ("me", "us"…)`];
  return [];
}

/** A question's words with case, punctuation and spacing set aside, to find the same question twice. */
export function questionTextKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Two questions with the same words would be drawn as if they were new: neither the couple's
 * words nor the journal words (what someone alone sees) may repeat another question's.
 */
function repeatProblems(
  item: ContentItem,
  where: string,
  texts: Map<string, string>,
  journals: Map<string, string>,
): string[] {
  if (item.type !== 'question') return [];
  const problems: string[] = [];
  const text = questionTextKey(item.text);
  const sameText = texts.get(text);
  if (sameText) problems.push(`${where}.text: same words as the question at ${sameText}`);
  else texts.set(text, where);
  const journal = questionTextKey(item.solo ?? item.text);
  const sameJournal = journals.get(journal);
  if (sameJournal)
    problems.push(`${where}.solo: same journal words as the question at ${sameJournal}`);
  else journals.set(journal, where);
  return problems;
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (entry.endsWith('.yaml') || entry.endsWith('.yml')) out.push(path);
  }
  return out;
}

/** Reads every YAML file under `dir`, validates each item, and builds the catalog. */
export function loadCatalog(dir: string = CONTENT_DIR, options: LoadOptions = {}): Catalog {
  const problems: string[] = [];
  const items: ContentItem[] = [];
  const seen = new Map<string, string>();
  const texts = new Map<string, string>();
  const journals = new Map<string, string>();
  for (const file of yamlFiles(dir)) {
    const relative = file.slice(dir.length);
    if (settingsPaths.has(relative)) continue;
    let data: unknown;
    try {
      data = parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${relative}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
      continue;
    }
    if (!Array.isArray(data)) {
      problems.push(`${relative}: must be a list of items`);
      continue;
    }
    data.forEach((raw: unknown, index) => {
      const parsed = contentItemSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push(`${relative}[${index}].${issue.path.join('.')}: ${issue.message}`);
        }
        return;
      }
      const previous = seen.get(parsed.data.id);
      if (previous) {
        problems.push(
          `${relative}[${index}]: duplicate id "${parsed.data.id}" (also in ${previous})`,
        );
        return;
      }
      seen.set(parsed.data.id, relative);
      problems.push(...journalProblems(parsed.data, `${relative}[${index}]`));
      problems.push(...repeatProblems(parsed.data, `${relative}[${index}]`, texts, journals));
      items.push(parsed.data);
    });
  }
  const checkSettings = readSettings(
    join(dir, SETTINGS_FILES.checkSettings[0]),
    SETTINGS_FILES.checkSettings[1],
    problems,
  );
  const pulse = readSettings(join(dir, SETTINGS_FILES.pulse[0]), SETTINGS_FILES.pulse[1], problems);
  const privateScreen = readSettings(
    join(dir, SETTINGS_FILES.privateScreen[0]),
    SETTINGS_FILES.privateScreen[1],
    problems,
  );
  const supportResources = readSettings(
    options.supportResourcesFile ?? join(dir, SETTINGS_FILES.supportResources[0]),
    SETTINGS_FILES.supportResources[1],
    problems,
  );
  const resourceGuide = readSettings(
    join(dir, SETTINGS_FILES.resourceGuide[0]),
    SETTINGS_FILES.resourceGuide[1],
    problems,
  );
  const questions = new Map<string, QuestionItem>();
  for (const item of items) if (item.type === 'question') questions.set(item.id, item);
  if (questions.size === 0) problems.push('no questions found: the daily question needs a deck');
  const checkItems = items.filter((i): i is CheckItem => i.type === 'check-item');
  const decks = items
    .filter((i): i is DeckItem => i.type === 'deck')
    .sort((a, b) => a.order - b.order);
  const deckQuestions = new Map<string, string[]>(decks.map((deck) => [deck.id, []]));
  for (const question of [...questions.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    for (const deckId of question.decks) {
      const list = deckQuestions.get(deckId);
      if (list) list.push(question.id);
      else problems.push(`question "${question.id}": unknown deck "${deckId}"`);
    }
  }
  for (const [deckId, list] of deckQuestions)
    if (list.length === 0) problems.push(`deck "${deckId}": has no questions`);
  const listeningPrompts = items.filter((i): i is ListeningPrompt => i.type === 'listening-prompt');
  const primerCards = items
    .filter((i): i is PrimerCard => i.type === 'primer-card')
    .sort((a, b) => a.order - b.order);
  if (
    problems.length > 0 ||
    !checkSettings ||
    !pulse ||
    !privateScreen ||
    !supportResources ||
    !resourceGuide
  ) {
    throw new ContentError(problems);
  }
  return {
    items,
    questions,
    questionDeck: [...questions.keys()].sort(),
    checkItems,
    decks,
    deckQuestions,
    listeningPrompts,
    primerCards,
    checkSettings,
    pulse,
    privateScreen,
    supportResources,
    resourceGuide,
  };
}

export interface ContentStats {
  byType: Record<string, number>;
  byTrack: Record<string, number>;
  byKind: Record<IntimacyKind, number>;
  /** Questions in each open-dialogue deck, in deck order; a question may be in two decks. */
  byDeck: Record<string, number>;
  /** Questions at each depth. */
  byDepth: Record<Depth, number>;
}

/** Counts items by type, by track and by intimacy kind, and questions by deck and by depth. */
export function contentStats(catalog: Catalog): ContentStats {
  const stats: ContentStats = {
    byType: {},
    byTrack: {},
    byKind: { emotional: 0, physical: 0, intellectual: 0 },
    byDeck: {},
    byDepth: { light: 0, deeper: 0, deepest: 0 },
  };
  for (const item of catalog.items) {
    stats.byType[item.type] = (stats.byType[item.type] ?? 0) + 1;
    stats.byTrack[String(item.track)] = (stats.byTrack[String(item.track)] ?? 0) + 1;
    for (const kind of item.kinds) stats.byKind[kind] += 1;
  }
  for (const deck of catalog.decks)
    stats.byDeck[deck.id] = catalog.deckQuestions.get(deck.id)?.length ?? 0;
  for (const question of catalog.questions.values()) stats.byDepth[question.depth] += 1;
  return stats;
}
