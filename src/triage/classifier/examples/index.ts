import type { ClassifierLanguage } from '../language';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { ja } from './ja';
import { ptBR } from './ptBR';
import type { ReferenceExamples } from './types';
import { zhCN } from './zhCN';

export type { ReferenceExamples } from './types';

/** The reference descriptions of every language the classifier reads. */
export const EXAMPLES: Readonly<Record<ClassifierLanguage, ReferenceExamples>> = {
  en,
  de,
  'zh-CN': zhCN,
  ja,
  'pt-BR': ptBR,
  es,
};
