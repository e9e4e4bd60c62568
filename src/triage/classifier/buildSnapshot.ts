/** Run by `npm run build` after tsc: trains the default classifier once and stores it (see snapshot.ts). */
import { performance } from 'node:perf_hooks';
import { defaultTrainingTexts, trainModel } from './index';
import { SNAPSHOT_FILE, writeSnapshot } from './snapshot';

const started = performance.now();
const texts = defaultTrainingTexts();
writeSnapshot(texts, trainModel(texts));
console.log(
  `classifier trained on ${texts.length} texts in ${Math.round(performance.now() - started)} ms: ${SNAPSHOT_FILE}`,
);
