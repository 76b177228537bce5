import '../../styles/flows.css';
import './library.css';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import type { FaqAnswer } from '../../../shared/library-api';
import { FAQ_QUERY_MAX } from '../../../shared/library-limits';
import { ChevronIcon, ShieldIcon } from '../../components/icons';
import { LoadFailed } from '../../components/load-failed';
import { PageHeading } from '../../components/page-heading';
import { Skeleton } from '../../components/skeleton';
import { plural, t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { useFaq } from './library-api';
import { SearchIcon } from './library-icons';
import { RelatedLinks } from './related-links';
import { TextBlocks } from './text-blocks';

/** Typing pauses this long before the search is sent. */
const SEARCH_DELAY_MS = 250;

/** One question, as a heading with a button that opens its answer beneath. */
function Answer({ item, open, onToggle }: { item: FaqAnswer; open: boolean; onToggle(): void }) {
  const panel = `faq-${item.id}`;
  return (
    <li className={open ? 'card faq-item faq-item--open' : 'card faq-item'}>
      <h2 className="faq-item__question">
        <Button
          className="faq-item__toggle"
          aria-expanded={open}
          aria-controls={panel}
          onPress={onToggle}
        >
          <span>{item.question}</span>
          <ChevronIcon />
        </Button>
      </h2>
      <div id={panel} className="faq-item__answer" hidden={!open}>
        <div className="prose prose--compact">
          <TextBlocks blocks={item.answer} headingLevel={3} />
        </div>
        <h3 className="faq-item__subheading">{t('library.help.tryIt')}</h3>
        <RelatedLinks paths={item.related} />
        {item.articles.length > 0 && (
          <>
            <h3 className="faq-item__subheading">{t('library.help.readMore')}</h3>
            <ul className="faq-item__reads">
              {item.articles.map((article) => (
                <li key={article.id}>
                  <Link to={`/library/${article.id}`}>{article.title}</Link>{' '}
                  <span className="faq-item__minutes">
                    {t('library.minutes', { minutes: article.minutes })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </li>
  );
}

/** Help: answers to the common questions, searchable, each opening in place. */
export default function HelpPage() {
  const ids = useId();
  const [params, setParams] = useSearchParams();
  const [typed, setTyped] = useState(() => params.get('q') ?? '');
  const [query, setQuery] = useState(typed);
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(new Set());
  const view = useFaq(query);

  // The search follows the typing after a pause, and is kept in the address for a reload.
  const setParamsRef = useRef(setParams);
  setParamsRef.current = setParams;
  const sent = useRef(query);
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = typed.trim().slice(0, FAQ_QUERY_MAX);
      if (next === sent.current) return;
      sent.current = next;
      setQuery(next);
      setParamsRef.current(next ? { q: next } : {}, { replace: true });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const data = view.data;
  const searched = data?.query ?? null;
  const count = data?.items.length ?? 0;
  useEffect(() => {
    if (searched !== null && !view.isPlaceholderData)
      announce(plural('library.help.results', count, { query: searched }));
  }, [searched, count, view.isPlaceholderData]);

  const toggle = (id: string) =>
    setOpenIds((now) => {
      const next = new Set(now);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div className="page help-page">
      <PageHeading title={t('library.help.title')}>{t('library.help.title')}</PageHeading>
      <p className="page__lead">{t('library.help.lead')}</p>
      <search className="help-search">
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-q`}>
            {t('library.help.searchLabel')}
          </label>
          <div className="help-search__box">
            <SearchIcon />
            <input
              id={`${ids}-q`}
              type="search"
              className="field__input help-search__input"
              value={typed}
              maxLength={FAQ_QUERY_MAX}
              autoComplete="off"
              aria-describedby={`${ids}-hint`}
              onChange={(e) => setTyped(e.target.value)}
            />
          </div>
          <p id={`${ids}-hint`} className="field__hint">
            {t('library.help.searchHint')}
          </p>
        </div>
      </search>
      {view.isPending ? (
        <Skeleton lines={6} />
      ) : view.isError ? (
        <LoadFailed
          lead={t('library.help.loadFailed')}
          error={view.error}
          retry={() => void view.refetch()}
        />
      ) : data && data.items.length === 0 && searched !== null ? (
        <section className="card empty-state">
          <h2 className="card__title">{t('library.help.noneTitle', { query: searched })}</h2>
          <p>{t('library.help.noneBody')}</p>
          <div className="actions">
            <Button className="button button--secondary" onPress={() => setTyped('')}>
              {t('library.help.clear')}
            </Button>
            <Link to="/library" className="button button--quiet">
              {t('library.title')}
            </Link>
          </div>
        </section>
      ) : data ? (
        <>
          {searched !== null && (
            <p className="status-line">
              {plural('library.help.results', count, { query: searched })}
            </p>
          )}
          <ul className={view.isPlaceholderData ? 'faq-list is-refreshing' : 'faq-list'}>
            {data.items.map((item) => (
              <Answer
                key={item.id}
                item={item}
                open={openIds.has(item.id)}
                onToggle={() => toggle(item.id)}
              />
            ))}
          </ul>
        </>
      ) : null}
      <section className="card help-more" aria-labelledby={`${ids}-more`}>
        <h2 id={`${ids}-more`} className="card__title">
          {t('library.help.moreHeading')}
        </h2>
        <p>{t('library.help.moreBody')}</p>
        <Link to="/library" className="button button--secondary">
          {t('library.title')}
        </Link>
      </section>
      <p className="help-safety">
        <ShieldIcon size={20} />
        <span>
          {t('library.help.safety')}{' '}
          <Link to="/for-you/support">{t('library.help.safetyLink')}</Link>
        </span>
      </p>
    </div>
  );
}
