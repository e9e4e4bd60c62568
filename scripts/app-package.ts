/**
 * Builds the Teams app package: fills the `${{NAME}}` placeholders of the templates in appPackage/,
 * validates the manifest and its localization files against the schemas that @microsoft/app-manifest
 * ships (offline, never the `$schema` URL), checks the icons, and zips it all flat.
 * scripts/package-app.ts is the command line; the tests call these functions in-process.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv-draft-04';
import JSZip from 'jszip';
import { PNG } from 'pngjs';

/** The newest numbered schema in the installed @microsoft/app-manifest; appPackage/manifest.json says the same. */
export const MANIFEST_VERSION = '1.30';
export const APP_PACKAGE_DIR = join(__dirname, '..', 'appPackage');
export const PACKAGE_FILE = join(APP_PACKAGE_DIR, 'build', 'appPackage.zip');

const SCHEMA_DIR = join(
  dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
  `v${MANIFEST_VERSION}`,
);

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
/** Teams wants three numeric parts; the schema only limits the length. */
const VERSION = /^\d+\.\d+\.\d+$/;

/** A problem the user fixes in their configuration or templates; the command line prints only its message. */
export class PackageError extends Error {}

/** The values that fill the templates' `${{NAME}}` placeholders. */
export type Settings = Readonly<
  Record<
    | 'MICROSOFT_APP_ID'
    | 'TEAMS_APP_ID'
    | 'APP_VERSION'
    | 'APP_NAME_SHORT'
    | 'DEVELOPER_NAME'
    | 'DEVELOPER_WEBSITE_URL'
    | 'DEVELOPER_PRIVACY_URL'
    | 'DEVELOPER_TERMS_URL',
    string
  >
>;

/** Placeholders that are fine for a test package but should be replaced before an org-wide rollout. */
const DEVELOPER_DEFAULTS = {
  DEVELOPER_NAME: 'Blocker triage team',
  DEVELOPER_WEBSITE_URL: 'https://example.com',
  DEVELOPER_PRIVACY_URL: 'https://example.com/privacy',
  DEVELOPER_TERMS_URL: 'https://example.com/terms',
} as const;

/**
 * The settings from environment variables, with defaults. Throws a one-line PackageError naming every
 * bad variable. `warnings` lists the developer fields that fell back to placeholders.
 */
export function resolveSettings(env: NodeJS.ProcessEnv): { settings: Settings; warnings: string[] } {
  // As in src/server/config.ts, an empty variable (`MicrosoftAppId=` in .env) means "not set".
  const read = (name: string) => env[name]?.trim() || undefined;
  const problems: string[] = [];
  const appId = read('MicrosoftAppId');
  if (appId === undefined) {
    problems.push("MicrosoftAppId is not set: put the Azure Bot's app id (a GUID) in .env or the environment");
  } else if (!GUID.test(appId)) {
    problems.push(`MicrosoftAppId ${JSON.stringify(appId)} is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`);
  }
  const teamsAppId = read('TEAMS_APP_ID');
  if (teamsAppId !== undefined && !GUID.test(teamsAppId))
    problems.push(`TEAMS_APP_ID ${JSON.stringify(teamsAppId)} is not a GUID`);
  const version = read('APP_VERSION') ?? '1.0.0';
  if (!VERSION.test(version))
    problems.push(`APP_VERSION ${JSON.stringify(version)} is not major.minor.patch (e.g. 1.0.0)`);

  const warnings: string[] = [];
  const developer = {} as Record<keyof typeof DEVELOPER_DEFAULTS, string>;
  for (const [name, fallback] of Object.entries(DEVELOPER_DEFAULTS) as [keyof typeof DEVELOPER_DEFAULTS, string][]) {
    const value = read(name);
    if (value === undefined) warnings.push(`${name} is not set; using the placeholder ${JSON.stringify(fallback)}`);
    developer[name] = value ?? fallback;
    // Teams shows these links in the app's details; the schema would also take http://.
    if (name !== 'DEVELOPER_NAME' && !/^https:\/\/[^\s/]+/.test(developer[name])) {
      problems.push(`${name} ${JSON.stringify(developer[name])} is not an https:// URL`);
    }
  }
  if (problems.length > 0) throw new PackageError(problems.join('; '));
  return {
    settings: {
      MICROSOFT_APP_ID: appId ?? '',
      TEAMS_APP_ID: teamsAppId ?? appId ?? '',
      APP_VERSION: version,
      APP_NAME_SHORT: read('APP_NAME_SHORT') ?? 'Blocker triage',
      ...developer,
    },
    warnings,
  };
}

/** Replaces `${{NAME}}` in every string of a parsed JSON template; an unknown name is an error, not left in. */
export function fillPlaceholders(value: unknown, settings: Settings, file: string): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_, name: string) => {
      if (!Object.prototype.hasOwnProperty.call(settings, name)) {
        throw new PackageError(
          `${file}: unknown placeholder \${{${name}}} (known: ${Object.keys(settings).join(', ')})`,
        );
      }
      return settings[name as keyof Settings];
    });
  }
  if (Array.isArray(value)) return value.map((item) => fillPlaceholders(item, settings, file));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, fillPlaceholders(item, settings, file)]),
    );
  }
  return value;
}

let validators: { manifest: ValidateFunction; localization: ValidateFunction } | undefined;

function compileValidators(): { manifest: ValidateFunction; localization: ValidateFunction } {
  const ajv = new Ajv({
    allErrors: true,
    // Strict enough that an unknown keyword or format in the schemas throws instead of being ignored;
    // the shipped schemas omit `type` beside some keywords and list undeclared required properties.
    strict: true,
    strictTypes: false,
    strictRequired: false,
    // The localization schema has a pattern (`\b]`) that is invalid under the `u` flag.
    unicodeRegExp: false,
  });
  // Only the `$schema` properties use a format; a parseable absolute URL is what they need.
  ajv.addFormat('uri', (text: string) => URL.canParse(text));
  const load = (name: string): object => JSON.parse(readFileSync(join(SCHEMA_DIR, name), 'utf8')) as object;
  return {
    manifest: ajv.compile(load('MicrosoftTeams.schema.json')),
    localization: ajv.compile(load('MicrosoftTeams.Localization.schema.json')),
  };
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties')
    return `${where}: unknown property ${JSON.stringify(params.additionalProperty)}`;
  if (error.keyword === 'enum') return `${where} ${error.message}: ${JSON.stringify(params.allowedValues)}`;
  return `${where} ${error.message}`;
}

function validate(kind: 'manifest' | 'localization', document: unknown): string[] {
  validators ??= compileValidators();
  const check = validators[kind];
  return check(document) ? [] : (check.errors ?? []).map(describeError);
}

/** Schema errors of a filled manifest, one readable line each; empty when it is valid. */
export function validateManifest(manifest: unknown): string[] {
  return validate('manifest', manifest);
}

/** Schema errors of a filled localization file, one readable line each; empty when it is valid. */
export function validateLocalization(strings: unknown): string[] {
  return validate('localization', strings);
}

/** What the packaging reads from a manifest that passed the schema. */
interface Manifest {
  readonly icons: { readonly color: string; readonly outline: string };
  readonly localizationInfo?: {
    readonly defaultLanguageTag: string;
    readonly additionalLanguages?: readonly { readonly languageTag: string; readonly file: string }[];
  };
}

/** Teams' rules for the two icons, as readable problems; empty when the PNG is fine. */
export function iconProblems(file: string, role: 'color' | 'outline', png: PNG): string[] {
  const size = role === 'color' ? 192 : 32;
  if (png.width !== size || png.height !== size)
    return [`${file}: is ${png.width}×${png.height}, must be ${size}×${size}`];
  if (role === 'color') return [];
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = png.data.subarray(i, i + 4);
    if (a !== 0 && (a !== 255 || r !== 255 || g !== 255 || b !== 255)) {
      const pixel = i / 4;
      return [
        `${file}: pixel (${pixel % size}, ${Math.floor(pixel / size)}) is neither fully white nor fully transparent`,
      ];
    }
  }
  return [];
}

function fail(summary: string, problems: readonly string[]): never {
  throw new PackageError(`${summary}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

function readJson(dir: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    throw new PackageError(`${file}: cannot read it as JSON (${(error as Error).message})`);
  }
}

export interface BuiltPackage {
  /** The zip's bytes. */
  readonly zip: Buffer;
  /** The filled manifest, as written into the zip. */
  readonly manifest: Record<string, unknown>;
  /** The names in the zip, all at its root. */
  readonly files: readonly string[];
  readonly warnings: readonly string[];
}

/**
 * Fills, validates and zips the templates in `dir` with settings from `env`. Throws a PackageError
 * on a bad setting, a schema error, a missing file or an icon that breaks Teams' rules.
 */
export async function buildPackage(env: NodeJS.ProcessEnv, dir: string = APP_PACKAGE_DIR): Promise<BuiltPackage> {
  const { settings, warnings } = resolveSettings(env);
  const manifest = fillPlaceholders(readJson(dir, 'manifest.json'), settings, 'manifest.json') as Record<
    string,
    unknown
  >;
  const manifestErrors = validateManifest(manifest);
  if (manifestErrors.length > 0) fail(`manifest.json does not match the v${MANIFEST_VERSION} schema`, manifestErrors);
  const { icons, localizationInfo } = manifest as unknown as Manifest;

  const contents = new Map<string, Buffer>([['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)]]);
  const problems: string[] = [];
  const add = (file: string, read: () => Buffer): void => {
    // Teams looks for every file the manifest names at the root of the zip.
    if (basename(file) !== file) problems.push(`${file}: must be a file name at the package root, not a path`);
    else if (contents.has(file)) problems.push(`${file}: named twice in the manifest`);
    else {
      try {
        contents.set(file, read());
      } catch (error) {
        problems.push(error instanceof PackageError ? error.message : `${file}: ${(error as Error).message}`);
      }
    }
  };

  for (const role of ['color', 'outline'] as const) {
    add(icons[role], () => {
      const bytes = readFileSync(join(dir, icons[role]));
      problems.push(...iconProblems(icons[role], role, PNG.sync.read(bytes)));
      return bytes;
    });
  }
  for (const { languageTag, file } of localizationInfo?.additionalLanguages ?? []) {
    if (languageTag.toLowerCase() === localizationInfo?.defaultLanguageTag.toLowerCase()) {
      problems.push(`${file}: language ${languageTag} is the default language; its strings belong in manifest.json`);
    }
    add(file, () => {
      const strings = fillPlaceholders(readJson(dir, file), settings, file);
      problems.push(...validateLocalization(strings).map((error) => `${file}: ${error}`));
      return Buffer.from(`${JSON.stringify(strings, null, 2)}\n`);
    });
  }
  if (problems.length > 0) fail('The app package is not valid', problems);

  const zip = new JSZip();
  for (const [file, bytes] of contents) zip.file(file, bytes);
  return {
    zip: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
    manifest,
    files: [...contents.keys()],
    warnings,
  };
}

export async function writePackage(built: BuiltPackage, file: string = PACKAGE_FILE): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, built.zip);
}
