import { de } from './de';
import { en } from './en';
import { es } from './es';
import { ja } from './ja';
import { ptBR } from './ptBR';
import { LocaleText, Plural } from './types';
import { zhCN } from './zhCN';

export type { CommandName, LocaleText, Plural, UiText } from './types';

/** The languages the bot speaks, by BCP 47 tag. English is the fallback. */
export const LOCALES = { en, de, 'zh-CN': zhCN, ja, 'pt-BR': ptBR, es } as const satisfies Record<string, LocaleText>;
export type LocaleId = keyof typeof LOCALES;
export const DEFAULT_LOCALE: LocaleId = 'en';

export function isLocaleId(value: unknown): value is LocaleId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LOCALES, value);
}

/**
 * Tags that name one of our languages in another way. Traditional Chinese (zh-TW, zh-HK, zh-Hant)
 * is not here: those readers get English rather than the other script.
 */
const ALIASES: Readonly<Record<string, LocaleId>> = { zh: 'zh-CN', 'zh-hans': 'zh-CN', 'zh-sg': 'zh-CN', pt: 'pt-BR' };
const TRADITIONAL_CHINESE = /^zh-(tw|hk|mo|hant)(-|$)/;

/**
 * The language for a client's locale tag ("de-DE", "zh-cn", missing...): an exact match, then the
 * language alone, then English. The tag is only compared with known ids, never used as a path.
 */
export function resolveLocale(tag: unknown): LocaleId {
  if (typeof tag !== 'string') return DEFAULT_LOCALE;
  const normal = tag.trim().toLowerCase().replace(/_/g, '-');
  if (TRADITIONAL_CHINESE.test(normal)) return DEFAULT_LOCALE;
  const parts = normal.split('-');
  const known = Object.keys(LOCALES) as LocaleId[];
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('-');
    const match =
      known.find((id) => id.toLowerCase() === candidate) ??
      (isLocaleId(ALIASES[candidate]) ? ALIASES[candidate] : undefined);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

export function localeText(id: LocaleId): LocaleText {
  return LOCALES[id];
}

/** The text for a client's locale tag, when the user's own choice is not known. */
export function clientLocaleText(tag: unknown): LocaleText {
  return LOCALES[resolveLocale(tag)];
}

/** Fills `{name}` placeholders; unknown names stay as they are so a missing value shows, not vanishes. */
export function format(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

/** A message that depends on `count`, in the form the language's plural rules pick, the count written as the language writes numbers. */
export function formatCount(
  t: LocaleText,
  message: Plural,
  values: Readonly<Record<string, string | number>> & { readonly count: number },
): string {
  const form = message[new Intl.PluralRules(t.locale).select(values.count)] ?? message.other;
  return format(form, { ...values, count: new Intl.NumberFormat(t.locale).format(values.count) });
}

/**
 * A probability as the language writes a percentage ("72%", "72 %"). An estimate is never shown as
 * 0 % or 100 %: rounding would claim a certainty the model does not have.
 */
export function formatPercent(t: LocaleText, probability: number): string {
  const shown = Math.min(0.99, Math.max(0.01, Math.round(probability * 100) / 100));
  return new Intl.NumberFormat(t.locale, { style: 'percent', maximumFractionDigits: 0 }).format(shown);
}
