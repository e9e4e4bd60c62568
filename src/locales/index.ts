import { en } from './en';
import { LocaleText } from './types';

export type { CommandName, LocaleText, UiText } from './types';

/** The languages the bot speaks, by BCP 47 tag. English is the fallback. */
export const LOCALES = { en } as const satisfies Record<string, LocaleText>;
export type LocaleId = keyof typeof LOCALES;
export const DEFAULT_LOCALE: LocaleId = 'en';

export function isLocaleId(value: unknown): value is LocaleId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LOCALES, value);
}

/**
 * The language for a client's locale tag ("de-DE", "zh-cn", missing...): an exact match, then the
 * language alone, then English. The tag is only compared with known ids, never used as a path.
 */
export function resolveLocale(tag: unknown): LocaleId {
  if (typeof tag !== 'string') return DEFAULT_LOCALE;
  const parts = tag.trim().toLowerCase().split(/[-_]/);
  const known = Object.keys(LOCALES) as LocaleId[];
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('-');
    const match = known.find((id) => id.toLowerCase() === candidate);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

export function localeText(id: LocaleId): LocaleText {
  return LOCALES[id];
}

/** Fills `{name}` placeholders; unknown names stay as they are so a missing value shows, not vanishes. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
