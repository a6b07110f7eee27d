// User-visible text, looked up through the browser's i18n API so the extension can be translated
// by adding public/_locales/<lang>/messages.json. Outside an extension (unit tests, the CLI, a page
// without the API) the English file is the fallback, so there is one source of truth for the words.
//
// Substitutions: messages use plain $1..$9 (no `placeholders` section); $$ is a literal dollar sign.
// Chrome and Firefox both apply $1..$9 to the message text, and `fillSubstitutions` does the same.
import { browser } from 'wxt/browser';
import englishMessages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof englishMessages;

const english: Record<MessageKey, { message: string }> = englishMessages;

/** Replaces $1..$9 with the substitutions (missing ones become empty) and $$ with $, as the browsers do. */
export function fillSubstitutions(message: string, substitutions: readonly string[]): string {
  return message.replace(/\$([1-9])|\$\$/g, (marker, digit: string | undefined) => (digit ? substitutions[Number(digit) - 1] ?? '' : '$'));
}

function browserMessage(key: MessageKey, substitutions: string[]): string {
  try {
    // getMessage returns '' for a key the current locale lacks; the fallback covers that too.
    return browser?.i18n?.getMessage(key, substitutions) ?? '';
  } catch {
    return ''; // No extension context (tests, Node) or an API that is only stubbed.
  }
}

/** The text for `key` in the browser's language, or English; `substitutions` fill $1, $2… */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browserMessage(key, substitutions) || fillSubstitutions(english[key].message, substitutions);
}
