import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ListeningMode, ListeningPrompts } from '../../../shared/listening-api';
import { BusyButton } from '../../components/busy-button';
import { ChoiceGroup, type ChoiceGroupProps } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { useStartListening } from './listening-api';
import { NO_TOPIC, type TopicChoice, TopicPicker, topicBody } from './topic-picker';

const MINUTES = ['2', '3', '4', '5'] as const;
type Minutes = (typeof MINUTES)[number];

/** One question of the form, as a heading that names its choices. */
function StartQuestion<T extends string>({
  question,
  ...group
}: Omit<ChoiceGroupProps<T>, 'labelledBy'> & { question: string }) {
  const id = useId();
  return (
    <div className="listening-start__group">
      <h3 id={id} className="listening-start__question">
        {question}
      </h3>
      <ChoiceGroup<T> labelledBy={id} {...group} />
    </div>
  );
}

/** Who speaks first, how long each turn is, where, and (for my own turn) a topic. */
export function StartForm({
  partnerName,
  prompts,
}: {
  partnerName: string;
  prompts: ListeningPrompts['prompts'];
}) {
  const navigate = useNavigate();
  const start = useStartListening();
  const [first, setFirst] = useState<'me' | 'partner'>('me');
  const [minutes, setMinutes] = useState<Minutes>('3');
  const [mode, setMode] = useState<ListeningMode>('together');
  const [topic, setTopic] = useState<TopicChoice>(NO_TOPIC);
  const [tried, setTried] = useState(false);
  // On both devices, each speaker chooses their own topic; on one device, whoever holds it.
  const mayChooseTopic = first === 'me' || mode === 'shared-device';
  const body = topicBody(topic);
  const onStart = () => {
    if (mayChooseTopic && body === undefined) {
      setTried(true);
      return;
    }
    start.mutate(
      {
        firstSpeaker: first,
        seconds: Number(minutes) * 60,
        mode,
        ...(mayChooseTopic && body ? { topic: body } : {}),
      },
      { onSuccess: (session) => navigate(`/listening/${session.id}`) },
    );
  };
  return (
    <section className="card flow-card listening-start" aria-labelledby="listening-start-heading">
      <h2 id="listening-start-heading" className="card__title">
        {t('listening.start.heading')}
      </h2>
      <StartQuestion
        question={t('listening.start.firstSpeaker')}
        layout="row"
        options={[
          { value: 'me', label: t('listening.start.me') },
          { value: 'partner', label: partnerName },
        ]}
        value={first}
        onChange={setFirst}
      />
      <StartQuestion
        question={t('listening.start.minutes')}
        layout="row"
        options={MINUTES.map((m) => ({
          value: m,
          label: t('listening.start.minutesOption', { count: m }),
        }))}
        value={minutes}
        onChange={setMinutes}
      />
      <StartQuestion
        question={t('listening.start.mode')}
        options={[
          {
            value: 'together',
            label: t('listening.start.together'),
            hint: t('listening.start.togetherHint'),
          },
          {
            value: 'shared-device',
            label: t('listening.start.shared'),
            hint: t('listening.start.sharedHint'),
          },
        ]}
        value={mode}
        onChange={setMode}
      />
      {mayChooseTopic ? (
        <TopicPicker
          prompts={prompts}
          choice={topic}
          onChange={(next) => {
            setTopic(next);
            setTried(false);
          }}
          heading={
            first === 'me'
              ? t('listening.topic.heading')
              : t('listening.topic.headingFor', { partner: partnerName })
          }
          partnerName={partnerName}
          missing={tried && body === undefined}
        />
      ) : (
        <p className="status-line">{t('listening.start.partnerTopic', { partner: partnerName })}</p>
      )}
      {start.isError && (
        <Notice tone="error">{`${t('listening.start.failed')} ${errorText(start.error)}`}</Notice>
      )}
      <BusyButton className="button button--primary" isBusy={start.isPending} onPress={onStart}>
        {t('listening.start.action')}
      </BusyButton>
    </section>
  );
}
