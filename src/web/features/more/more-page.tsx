import { LockIcon, PartnerIcon, SettingsIcon, ShieldIcon } from '../../components/icons';
import { LinkList, type PlaceLink } from '../../components/link-list';
import { PageHeading } from '../../components/page-heading';
import { t } from '../../i18n';
import { ChallengesIcon } from '../challenges/challenges-icon';
import { CheckinIcon } from '../checkins/checkin-icon';
import { DatesIcon } from '../dates/dates-icon';
import { DecksIcon } from '../decks/reaction-icons';
import { ExercisesIcon } from '../exercises/exercises-icon';
import { GesturesIcon } from '../gestures/gestures-icon';
import { HobbiesIcon, TravelIcon } from '../interests/interests-icons';
import { HelpIcon, LibraryIcon, NotebookIcon } from '../library/library-icons';
import { ListeningIcon } from '../listening/listening-icon';
import { NotesIcon } from '../notes/notes-icon';
import { ProjectsIcon } from '../projects/projects-icon';
import { RhythmIcon } from '../rhythm/rhythm-icon';
import { SupportIcon } from '../signals/signals-icons';
import { VulnerabilityIcon } from '../vulnerability/vulnerability-icon';
import { BookIcon, CompassIcon, LeafIcon } from './more-icons';

const LINKS: readonly PlaceLink[] = [
  { to: '/partner', label: 'more.partner', hint: 'more.partnerHint', Icon: PartnerIcon },
  { to: '/understand', label: 'more.understand', hint: 'more.understandHint', Icon: BookIcon },
  { to: '/check', label: 'more.check', hint: 'more.checkHint', Icon: CompassIcon },
  { to: '/decks', label: 'decks.more', hint: 'decks.moreHint', Icon: DecksIcon },
  { to: '/gestures', label: 'gestures.more.label', hint: 'gestures.more.hint', Icon: GesturesIcon },
  { to: '/notes', label: 'notes.more.label', hint: 'notes.more.hint', Icon: NotesIcon },
  { to: '/listening', label: 'listening.more', hint: 'listening.moreHint', Icon: ListeningIcon },
  { to: '/checkin', label: 'more.checkin', hint: 'more.checkinHint', Icon: CheckinIcon },
  {
    to: '/exercises',
    label: 'exercises.moreLink',
    hint: 'exercises.moreHint',
    Icon: ExercisesIcon,
  },
  {
    to: '/vulnerability',
    label: 'vulnerability.more',
    hint: 'vulnerability.moreHint',
    Icon: VulnerabilityIcon,
  },
  { to: '/projects', label: 'projects.more', hint: 'projects.moreHint', Icon: ProjectsIcon },
  { to: '/dates', label: 'dates.more.label', hint: 'dates.more.hint', Icon: DatesIcon },
  {
    to: '/challenge',
    label: 'challenges.more.label',
    hint: 'challenges.more.hint',
    Icon: ChallengesIcon,
  },
  {
    to: '/hobbies',
    label: 'interests.more.hobbies',
    hint: 'interests.more.hobbiesHint',
    Icon: HobbiesIcon,
  },
  {
    to: '/travel',
    label: 'interests.more.travel',
    hint: 'interests.more.travelHint',
    Icon: TravelIcon,
  },
  {
    to: '/library',
    label: 'library.more.library',
    hint: 'library.more.libraryHint',
    Icon: LibraryIcon,
  },
  {
    to: '/notebook',
    label: 'library.more.notebook',
    hint: 'library.more.notebookHint',
    Icon: NotebookIcon,
  },
  { to: '/get-support', label: 'signals.more.label', hint: 'signals.more.hint', Icon: SupportIcon },
  { to: '/rhythm', label: 'keepGoing.more.label', hint: 'keepGoing.more.hint', Icon: RhythmIcon },
  { to: '/for-you', label: 'more.forYou', hint: 'more.forYouHint', Icon: LeafIcon },
  { to: '/help', label: 'library.more.help', hint: 'library.more.helpHint', Icon: HelpIcon },
  { to: '/settings', label: 'more.settings', hint: 'more.settingsHint', Icon: SettingsIcon },
  { to: '/privacy', label: 'more.privacy', hint: 'more.privacyHint', Icon: ShieldIcon },
];

/** Everything that is not in the bar: a plain list of places, one tap each. */
export default function MorePage() {
  return (
    <div className="page">
      <PageHeading title={t('titles.more')}>{t('more.title')}</PageHeading>
      <LinkList links={LINKS} />
      <p className="status-line more__note">
        <LockIcon />
        {t('more.note')}
      </p>
    </div>
  );
}
