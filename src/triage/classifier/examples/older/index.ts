export { de } from './de';
export { en } from './en';
export { es } from './es';
export { ja } from './ja';
export { ptBR } from './ptBR';
export { zhCN } from './zhCN';
