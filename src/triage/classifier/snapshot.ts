/**
 * The default classifier's model, trained when the package is built (`npm run build` runs
 * buildSnapshot.js) and stored beside the compiled code, so the bot starts without training. It is
 * used only when its fingerprint matches the training texts and this folder's code; anything else
 * (development through tsx, tests, a stale file) trains at start-up instead.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Model, ModelData, TrainingText } from './model';

export const SNAPSHOT_FILE = path.join(__dirname, 'model.snapshot.json');

interface Snapshot {
  readonly fingerprint: string;
  readonly model: ModelData;
}

/**
 * The training texts and the code that reads them, compiled or not (this folder, and the script
 * patterns the tokenizer shares with the commands): a change to either needs a new model.
 */
function fingerprint(texts: readonly TrainingText[]): string {
  const hash = createHash('sha256').update(JSON.stringify(texts));
  const code = readdirSync(__dirname)
    .filter((name) => /\.(js|ts)$/.test(name))
    .sort()
    .map((name) => path.join(__dirname, name));
  for (const file of [...code, require.resolve('../script')]) {
    hash.update(path.basename(file)).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** The snapshot's model when there is one for exactly these texts and this code. */
export function readSnapshot(texts: readonly TrainingText[], file: string = SNAPSHOT_FILE): Model | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
  return snapshot.fingerprint === fingerprint(texts) ? Model.fromData(snapshot.model) : undefined;
}

export function writeSnapshot(texts: readonly TrainingText[], model: Model, file: string = SNAPSHOT_FILE): void {
  const snapshot: Snapshot = { fingerprint: fingerprint(texts), model: model.toData() };
  writeFileSync(file, JSON.stringify(snapshot));
}
