/**
 * The scripts of Chinese and Japanese, written without spaces between words: one definition for
 * command parsing, the term table and the tokenizer. The last three are Japanese marks (prolonged
 * sound, repetition, shime) that belong to a CJK word.
 */
export const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆';
/** One CJK character. */
export const CJK_CHAR = new RegExp(`[${CJK_CLASS}]`, 'u');
