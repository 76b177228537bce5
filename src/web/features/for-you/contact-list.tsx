import type { Contact } from '../../../shared/program-api';
import { t } from '../../i18n';
import { phoneNumbers, smsHref, telHref } from './contact-links';

function ContactItem({ contact, level }: { contact: Contact; level: 3 | 4 }) {
  const Name = level === 3 ? 'h3' : 'h4';
  const sms = contact.text ? smsHref(contact.text) : null;
  return (
    <li className="contact">
      <Name className="contact__name">{contact.name}</Name>
      {contact.hours && (
        <p className="contact__hours">{t('support.hours', { hours: contact.hours })}</p>
      )}
      <div className="contact__links">
        {contact.phone &&
          phoneNumbers(contact.phone).map((number) => (
            <a
              key={number}
              className="button button--secondary contact__link"
              href={telHref(number)}
            >
              {t('support.call', { number })}
            </a>
          ))}
        {contact.text && sms && (
          <a className="button button--secondary contact__link" href={sms}>
            {contact.text}
          </a>
        )}
        {contact.url && (
          <a className="contact__web" href={contact.url} target="_blank" rel="noopener noreferrer">
            {t('support.website')}
            <span className="visually-hidden"> {contact.name}</span>
          </a>
        )}
      </div>
    </li>
  );
}

/** Helplines with one-tap call, text and web links. */
export function ContactList({ contacts, level }: { contacts: readonly Contact[]; level: 3 | 4 }) {
  return (
    <ul className="contact-list">
      {contacts.map((contact) => (
        <ContactItem
          key={`${contact.name}-${contact.phone ?? contact.url ?? ''}`}
          contact={contact}
          level={level}
        />
      ))}
    </ul>
  );
}
