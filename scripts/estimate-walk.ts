/**
 * `npm run estimate:walk`: estimates the walk's answer likelihoods from the training case sheets
 * (eval/walk/sheets-train.jsonl) and writes src/playbook/answerLikelihoods.json, which the bot
 * loads. A test fails when the file and a fresh estimate differ.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { estimateLikelihoods } from '../src/triage/likelihoods';
import { readSheets } from '../src/triage/sheets';

const LIKELIHOODS_FILE = path.resolve(__dirname, '..', 'src', 'playbook', 'answerLikelihoods.json');

const sheets = readSheets('train');
writeFileSync(LIKELIHOODS_FILE, `${JSON.stringify(estimateLikelihoods(sheets), null, 1)}\n`);
console.log(`answer likelihoods from ${sheets.length} case sheets: ${LIKELIHOODS_FILE}`);
