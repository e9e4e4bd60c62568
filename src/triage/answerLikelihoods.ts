import table from '../playbook/answerLikelihoods.json';
import { LikelihoodTable } from './likelihoods';

/** The answer likelihoods the bot walks with, estimated from the training case sheets (`npm run estimate:walk`). */
export const ANSWER_LIKELIHOODS: LikelihoodTable = table;
