import type { ListeningSession } from '../../../shared/listening-api';
import { t } from '../../i18n';

type Phase = ListeningSession['phase'];

/** "You're speaking" (or, on one shared device, "Sam is speaking"): the one sentence a speaker needs. */
export function SpeakerGuide({
  phase,
  name,
  partnerName,
  shared,
}: {
  phase: Phase;
  /** The speaker's name on a shared device; null when it is me on my own device. */
  name: string | null;
  partnerName: string;
  shared: boolean;
}) {
  return (
    <section
      className="card listening-guide listening-guide--speaker"
      aria-labelledby="speaker-guide"
    >
      <h2 id="speaker-guide" className="card__title">
        {name === null
          ? t('listening.session.speakerHeading')
          : t('listening.session.speakerHeadingFor', { name })}
      </h2>
      <p className="listening-guide__lead">
        {phase === 'reflecting'
          ? shared
            ? t('listening.session.speakerReflectShared')
            : t('listening.session.speakerReflect', { partner: partnerName })
          : t('listening.session.speakerBody')}
      </p>
    </section>
  );
}

/** The listener's cues: while the speaker speaks, then reflect and clarify. */
export function ListenerGuide({ phase, name }: { phase: Phase; name: string | null }) {
  const reflecting = phase === 'reflecting';
  return (
    <section
      className="card listening-guide listening-guide--listener"
      aria-labelledby="listener-guide"
    >
      <h2 id="listener-guide" className="card__title">
        {name === null
          ? t('listening.session.listenerHeading')
          : t('listening.session.listenerHeadingFor', { name })}
      </h2>
      <ul className={`listening-cues${reflecting ? ' listening-cues--quiet' : ''}`}>
        <li className="listening-cue">
          <CueIcon kind="eyes" />
          <span>{t('listening.session.cueEyes')}</span>
        </li>
        <li className="listening-cue">
          <CueIcon kind="nod" />
          <span>{t('listening.session.cueNod')}</span>
        </li>
        <li className="listening-cue">
          <CueIcon kind="wait" />
          <span>{t('listening.session.cueWait')}</span>
        </li>
      </ul>
      <div className={`listening-reflect${reflecting ? ' listening-reflect--now' : ''}`}>
        <h3 className="listening-reflect__heading">{t('listening.session.reflectHeading')}</h3>
        <p>{t('listening.session.reflectBody')}</p>
        <p className="listening-reflect__example">{t('listening.session.reflectExample')}</p>
        <p>{t('listening.session.clarify')}</p>
      </div>
    </section>
  );
}

/** Small line drawings beside the cues; decorative, the words carry them. */
function CueIcon({ kind }: { kind: 'eyes' | 'nod' | 'wait' }) {
  return (
    <svg
      className="listening-cue__icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {kind === 'eyes' && (
        <>
          <path d="M2 12s3.6-6 10-6 10 6 10 6-3.6 6-10 6S2 12 2 12z" />
          <circle cx="12" cy="12" r="2.5" />
        </>
      )}
      {kind === 'nod' && (
        <path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z" />
      )}
      {kind === 'wait' && (
        <>
          <circle cx="12" cy="12" r="9" />
          <path d="M12 7v5l3 2" />
        </>
      )}
    </svg>
  );
}
