/** Turns the contact table's phone and text wording into tel: and sms: links. */

/** Every phone number in a text like "112 or 999" or "1-800-799-7233". */
export function phoneNumbers(text: string): string[] {
  return [...text.matchAll(/\+?\d[\d\s-]*\d|\d/g)].map((m) => m[0].trim());
}

export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/** "Text START to 88788" → sms:88788?body=START; "Text 988" → sms:988. */
export function smsHref(text: string): string | null {
  const withKeyword = /text\s+(\S+)\s+to\s+(\+?[\d\s]+\d)/i.exec(text);
  if (withKeyword?.[1] && withKeyword[2]) {
    return `sms:${withKeyword[2].replace(/\s/g, '')}?body=${encodeURIComponent(withKeyword[1])}`;
  }
  const number = /(\+?\d[\d\s]*\d|\d)/.exec(text)?.[1];
  return number ? `sms:${number.replace(/\s/g, '')}` : null;
}

/** The country of the browser's language (en-GB → GB), if it names one. */
export function browserCountry(languages: readonly string[] = navigator.languages): string {
  for (const tag of languages) {
    try {
      const region = new Intl.Locale(tag).region;
      if (region && /^[A-Z]{2}$/.test(region)) return region;
    } catch {
      // Not a valid tag: try the next one.
    }
  }
  return '';
}
