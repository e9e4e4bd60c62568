import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import {
  APP_PACKAGE_DIR,
  buildPackage,
  fillPlaceholders,
  iconProblems,
  MANIFEST_VERSION,
  PackageError,
  resolveSettings,
  validateLocalization,
  validateManifest,
} from '../scripts/app-package';
import { EXTENSION_COMMANDS, SEARCH_PARAMETER } from '../src/bot/invokes';
import { LOCALES } from '../src/locales';
import { L2_IDS } from '../src/playbook/ids';
import { parseText } from '../src/triage/commands';

const BOT_ID = '0b7f3c1e-5d2a-4e8b-9c61-2f4a8d9e7b10';
/** Explicit settings, never process.env or .env, so the tests do not depend on the machine. */
const ENV = {
  MicrosoftAppId: BOT_ID,
  DEVELOPER_NAME: 'Contoso FastTrack',
  DEVELOPER_WEBSITE_URL: 'https://contoso.example/triage',
  DEVELOPER_PRIVACY_URL: 'https://contoso.example/privacy',
  DEVELOPER_TERMS_URL: 'https://contoso.example/terms',
};
const LANGUAGE_FILES = ['de.json', 'zh-cn.json', 'ja.json', 'pt-br.json', 'es.json'];
const COMMANDS = ['start', 'help', 'list', 'explain'];

type Json = Record<string, unknown>;
interface CommandList {
  scopes: string[];
  commands: { title: string; description: string }[];
}

const readTemplate = (file: string): Json => JSON.parse(readFileSync(join(APP_PACKAGE_DIR, file), 'utf8')) as Json;
const readPng = (file: string): PNG => PNG.sync.read(readFileSync(join(APP_PACKAGE_DIR, file)));
const settings = () => resolveSettings(ENV).settings;
const filled = (file: string) => fillPlaceholders(readTemplate(file), settings(), file) as Json;
const commandLists = (manifest: Json) => (manifest.bots as { commandLists: CommandList[] }[])[0].commandLists;

interface ExtensionCommand {
  id: string;
  type: string;
  context: string[];
  title: string;
  description: string;
  fetchTask?: boolean;
  initialRun?: boolean;
  semanticDescription?: string;
  parameters?: { name: string; title: string; description: string; semanticDescription?: string }[];
  samplePrompts?: { text: string }[];
}
const extension = (manifest: Json) =>
  (manifest.composeExtensions as { botId: string; commands: ExtensionCommand[] }[])[0];
const command = (manifest: Json, id: string) => extension(manifest).commands.find((c) => c.id === id)!;

async function expectPackageError(env: NodeJS.ProcessEnv, pattern: RegExp): Promise<void> {
  const error = await buildPackage(env).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PackageError);
  expect((error as Error).message).toMatch(pattern);
  expect((error as Error).message).not.toContain('\n');
}

describe('manifest', () => {
  test(`uses v${MANIFEST_VERSION}, the newest numbered schema @microsoft/app-manifest ships`, () => {
    const schemas = join(
      dirname(require.resolve('@microsoft/app-manifest/package.json')),
      'build',
      'json-schemas',
      'teams',
    );
    const versions = readdirSync(schemas)
      .filter((name) => /^v\d+\.\d+$/.test(name))
      .map((name) => name.slice(1).split('.').map(Number) as [number, number])
      .sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    expect(versions[0].join('.')).toBe(MANIFEST_VERSION);
    const template = readTemplate('manifest.json');
    expect(template.manifestVersion).toBe(MANIFEST_VERSION);
    expect(template.$schema).toContain(`/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`);
  });

  test('filled, it matches the schema', () => {
    expect(validateManifest(filled('manifest.json'))).toEqual([]);
  });

  test('the validator reports schema errors readably, one per problem', () => {
    const broken: Json = { ...filled('manifest.json'), accentColor: 'blue', extra: true };
    delete broken.developer;
    const errors = validateManifest(broken);
    expect(errors).toEqual(
      expect.arrayContaining([
        "(root) must have required property 'developer'",
        '(root): unknown property "extra"',
        '/accentColor must match pattern "^#[0-9a-fA-F]{6}$"',
      ]),
    );
    expect(errors).toHaveLength(3);
  });

  test('is a bot-only app in personal, team and group chat, with no domains to load', () => {
    const manifest = filled('manifest.json');
    const bots = manifest.bots as { botId: string; scopes: string[] }[];
    expect(bots).toHaveLength(1);
    expect(bots[0].botId).toBe(BOT_ID);
    expect(bots[0].scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(manifest).not.toHaveProperty('staticTabs');
    expect(manifest).not.toHaveProperty('configurableTabs');
    expect(manifest.validDomains).toEqual([]);
  });

  test('has one command list per scope with start, help, list and explain, each described', () => {
    const lists = commandLists(filled('manifest.json'));
    expect(lists.map((list) => list.scopes)).toEqual([['personal'], ['team'], ['groupChat']]);
    for (const list of lists) {
      expect(list.commands.map((c) => c.title)).toEqual(COMMANDS);
      for (const command of list.commands) expect(command.description.length).toBeGreaterThan(5);
    }
  });
});

describe('message extensions, files and meetings', () => {
  const manifest = filled('manifest.json');

  test('one bot-based message extension, powered by the bot, with the two commands the bot answers', () => {
    expect(manifest.composeExtensions).toHaveLength(1);
    expect(extension(manifest).botId).toBe(BOT_ID);
    expect(extension(manifest).commands.map((c) => c.id)).toEqual([
      EXTENSION_COMMANDS.triage,
      EXTENSION_COMMANDS.search,
    ]);
  });

  test('"Triage this blocker" is an action on a message that fetches its dialog from the bot', () => {
    expect(command(manifest, EXTENSION_COMMANDS.triage)).toMatchObject({
      type: 'action',
      context: ['message'],
      fetchTask: true,
      title: 'Triage this blocker',
    });
  });

  test('the L2 search runs from the compose box and the command box, lists all eight before typing, and takes one parameter', () => {
    const search = command(manifest, EXTENSION_COMMANDS.search);
    expect(search).toMatchObject({ type: 'query', context: ['compose', 'commandBox'], initialRun: true });
    expect(search.parameters!.map((p) => p.name)).toEqual([SEARCH_PARAMETER]);
  });

  // Microsoft 365 Copilot picks a plugin's command by these texts, and Outlook shows the same command.
  test('the search says what it finds for people and for Copilot: every L2 by name, and the six languages', () => {
    const search = command(manifest, EXTENSION_COMMANDS.search);
    for (const l2 of L2_IDS) expect(search.semanticDescription).toContain(LOCALES.en.playbook.l2[l2].name);
    expect(search.semanticDescription).toMatch(/L1 Blocked/);
    const [parameter] = search.parameters!;
    for (const language of ['English', 'German', 'Simplified Chinese', 'Japanese', 'Brazilian Portuguese', 'Spanish'])
      expect(parameter.semanticDescription).toContain(language);
    expect(parameter.description).toMatch(/L2 name or id, or the blocker in your own words/);
    expect(search.samplePrompts!.length).toBeGreaterThanOrEqual(3);
  });

  test('the bot takes files (the review summary’s CSV in a 1:1 chat)', () => {
    expect((manifest.bots as { supportsFiles?: boolean }[])[0].supportsFiles).toBe(true);
  });

  test('a meeting gets the bot in its chat: group chat scope, and the bot as what a meeting adds', () => {
    expect((manifest.bots as { scopes: string[] }[])[0].scopes).toContain('groupChat');
    expect(manifest.defaultGroupCapability).toEqual({ team: 'bot', groupchat: 'bot', meetings: 'bot' });
  });
});

describe('localization files', () => {
  const manifest = filled('manifest.json');
  const localizable = [
    'name.short',
    'name.full',
    'description.short',
    'description.full',
    ...commandLists(manifest).flatMap((list, l) =>
      list.commands.flatMap((_, c) =>
        ['title', 'description'].map((field) => `bots[0].commandLists[${l}].commands[${c}].${field}`),
      ),
    ),
    ...extension(manifest).commands.flatMap((cmd, c) => [
      `composeExtensions[0].commands[${c}].title`,
      `composeExtensions[0].commands[${c}].description`,
      ...(cmd.parameters ?? []).flatMap((_, p) =>
        ['title', 'description'].map((field) => `composeExtensions[0].commands[${c}].parameters[${p}].${field}`),
      ),
      ...(cmd.samplePrompts ?? []).map((_, p) => `composeExtensions[0].commands[${c}].samplePrompts[${p}].text`),
    ]),
  ].sort();

  test('the manifest names de, zh-cn, ja, pt-br and es over an en-us default', () => {
    const info = manifest.localizationInfo as {
      defaultLanguageTag: string;
      additionalLanguages: { languageTag: string; file: string }[];
    };
    expect(info.defaultLanguageTag).toBe('en-us');
    expect(info.additionalLanguages).toEqual(
      LANGUAGE_FILES.map((file) => ({ languageTag: file.replace('.json', ''), file })),
    );
  });

  test.each(LANGUAGE_FILES)(
    '%s, filled, matches the localization schema and translates every manifest string',
    (file) => {
      const strings = filled(file);
      expect(validateLocalization(strings)).toEqual([]);
      expect(
        Object.keys(strings)
          .filter((key) => key !== '$schema')
          .sort(),
      ).toEqual(localizable);
      // The descriptions are translated, not copied from English.
      expect(strings['description.short']).not.toBe((manifest.description as Json).short);
      extension(manifest).commands.forEach((cmd, c) => {
        expect(strings[`composeExtensions[0].commands[${c}].title`]).not.toBe(cmd.title);
        expect(strings[`composeExtensions[0].commands[${c}].description`]).not.toBe(cmd.description);
      });
    },
  );

  test('the localization validator can fail', () => {
    expect(validateLocalization({ 'name.short': 'x'.repeat(31), 'description.short': ' ', bogus: 1 })).toEqual(
      expect.arrayContaining([
        "(root) must have required property 'description.full'",
        '(root): unknown property "bogus"',
        '/name.short must NOT have more than 30 characters',
      ]),
    );
  });

  // Teams sends a command's title as the message when a user picks it, so every title must be a word the bot parses.
  test('every command title, in every language, is a command the bot understands', () => {
    const titles: [string, string][] = commandLists(manifest).flatMap((list) =>
      list.commands.map((c): [string, string] => [c.title, c.title]),
    );
    for (const file of LANGUAGE_FILES) {
      for (const [key, value] of Object.entries(filled(file))) {
        const match = /^bots\[0\]\.commandLists\[(\d)\]\.commands\[(\d+)\]\.title$/.exec(key);
        if (match)
          titles.push([value as string, commandLists(manifest)[Number(match[1])].commands[Number(match[2])].title]);
      }
    }
    expect(titles).toHaveLength(3 * COMMANDS.length * (1 + LANGUAGE_FILES.length));
    for (const [title, command] of titles) expect(parseText(title)).toEqual({ command, argument: '' });
  });
});

describe('settings', () => {
  test('a missing or empty MicrosoftAppId fails with one clear line', async () => {
    await expectPackageError({ ...ENV, MicrosoftAppId: undefined }, /^MicrosoftAppId is not set: .*GUID/);
    await expectPackageError({ ...ENV, MicrosoftAppId: '  ' }, /^MicrosoftAppId is not set/);
  });

  test('an app id that is not a GUID fails with one clear line', async () => {
    await expectPackageError({ ...ENV, MicrosoftAppId: 'my-bot' }, /^MicrosoftAppId "my-bot" is not a GUID/);
    await expectPackageError({ ...ENV, MicrosoftAppId: `${BOT_ID}0` }, /is not a GUID/);
  });

  test('every bad variable is named in the one line', async () => {
    await expectPackageError(
      { ...ENV, TEAMS_APP_ID: 'x', APP_VERSION: '1.0', DEVELOPER_PRIVACY_URL: 'http://contoso.example/privacy' },
      /TEAMS_APP_ID "x" is not a GUID; APP_VERSION "1.0" is not major.minor.patch.*; DEVELOPER_PRIVACY_URL .* is not an https:\/\/ URL$/,
    );
  });

  test('TEAMS_APP_ID defaults to the bot id, APP_VERSION to 1.0.0, and unset developer fields warn', () => {
    const { settings: values, warnings } = resolveSettings({ MicrosoftAppId: BOT_ID });
    expect(values).toMatchObject({ TEAMS_APP_ID: BOT_ID, APP_VERSION: '1.0.0', APP_NAME_SHORT: 'Blocker triage' });
    expect(warnings).toHaveLength(4);
    expect(resolveSettings(ENV).warnings).toEqual([]);
    const other = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
    expect(resolveSettings({ ...ENV, TEAMS_APP_ID: other }).settings.TEAMS_APP_ID).toBe(other);
  });

  test('an unknown placeholder in a template is an error, not left in', () => {
    expect(() => fillPlaceholders({ a: ['${{NOPE}}'] }, settings(), 'x.json')).toThrow(
      /x\.json: unknown placeholder \$\{\{NOPE\}\}/,
    );
  });

  test('a name too long for the schema fails the build with the schema error', async () => {
    const error = await buildPackage({ ...ENV, APP_NAME_SHORT: 'Blocker triage for the whole org' }).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(PackageError);
    expect((error as Error).message).toContain('/name/short must NOT have more than 30 characters');
  });

  test('the command line exits 1 with a one-line message when the app id is not a GUID', async () => {
    const tsx = join(__dirname, '..', 'node_modules', '.bin', 'tsx');
    const script = join(__dirname, '..', 'scripts', 'package-app.ts');
    // A variable set in the environment, even to a bad value, wins over any .env on this machine.
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        tsx,
        [script],
        { env: { ...process.env, MicrosoftAppId: 'not-a-guid' } },
        (_, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
      );
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      'error: MicrosoftAppId "not-a-guid" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)',
    ]);
  }, 30_000);
});

describe('icons', () => {
  test('outline.png is 32×32, only fully white or fully transparent, on a transparent background', () => {
    const png = readPng('outline.png');
    expect([png.width, png.height]).toEqual([32, 32]);
    let white = 0;
    const others = new Set<string>();
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = png.data.subarray(i, i + 4);
      if (a === 255 && r === 255 && g === 255 && b === 255) white++;
      else if (a !== 0) others.add(`${r},${g},${b},${a}`);
    }
    expect([...others]).toEqual([]);
    // Some glyph, mostly background, and the corners are background.
    expect(white / (32 * 32)).toBeGreaterThan(0.15);
    expect(white / (32 * 32)).toBeLessThan(0.6);
    for (const [x, y] of [
      [0, 0],
      [31, 31],
      [0, 31],
      [31, 0],
    ])
      expect(png.data[(y * 32 + x) * 4 + 3]).toBe(0);
    expect(iconProblems('outline.png', 'outline', png)).toEqual([]);
  });

  test('color.png is 192×192, opaque, with a glyph that stands out from its background', () => {
    const png = readPng('color.png');
    expect([png.width, png.height]).toEqual([192, 192]);
    const colors = new Map<string, number>();
    let notOpaque = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      if (png.data[i + 3] !== 255) notOpaque++;
      const key = png.data.subarray(i, i + 3).join(',');
      colors.set(key, (colors.get(key) ?? 0) + 1);
    }
    expect(notOpaque).toBe(0);
    const [background, glyph] = [...colors.entries()].sort((a, b) => b[1] - a[1]);
    expect(background[1] / (192 * 192)).toBeGreaterThan(0.5);
    expect(glyph[1] / (192 * 192)).toBeGreaterThan(0.05);
    // Contrast between the two main colours, as a sum of channel differences.
    const [bg, fg] = [background[0], glyph[0]].map((key) => key.split(',').map(Number));
    expect(bg.reduce((sum, channel, i) => sum + Math.abs(channel - fg[i]), 0)).toBeGreaterThan(200);
    expect(iconProblems('color.png', 'color', png)).toEqual([]);
  });

  test('the icon check rejects a wrong size and a grey outline pixel', () => {
    expect(iconProblems('color.png', 'color', new PNG({ width: 32, height: 32 }))).toEqual([
      'color.png: is 32×32, must be 192×192',
    ]);
    const grey = readPng('outline.png');
    grey.data.set([128, 128, 128, 255], (5 * 32 + 3) * 4);
    expect(iconProblems('outline.png', 'outline', grey)).toEqual([
      'outline.png: pixel (3, 5) is neither fully white nor fully transparent',
    ]);
  });
});

describe('the zip', () => {
  let zip: JSZip;
  let files: readonly string[];

  beforeAll(async () => {
    const built = await buildPackage(ENV);
    files = built.files;
    zip = await JSZip.loadAsync(built.zip);
  });

  test('holds exactly the manifest, the two icons and the five localization files, at its root', () => {
    const expected = ['manifest.json', 'color.png', 'outline.png', ...LANGUAGE_FILES].sort();
    expect(Object.keys(zip.files).sort()).toEqual(expected);
    expect([...files].sort()).toEqual(expected);
    expect(Object.values(zip.files).some((entry) => entry.dir)).toBe(false);
  });

  test('its manifest has the app id filled in and no placeholder left, and still validates', async () => {
    const text = await zip.file('manifest.json')!.async('string');
    expect(text).not.toContain('${{');
    const manifest = JSON.parse(text) as Json;
    expect(manifest.id).toBe(BOT_ID);
    expect((manifest.bots as { botId: string }[])[0].botId).toBe(BOT_ID);
    expect(manifest.version).toBe('1.0.0');
    expect(manifest.developer).toEqual({
      name: 'Contoso FastTrack',
      websiteUrl: 'https://contoso.example/triage',
      privacyUrl: 'https://contoso.example/privacy',
      termsOfUseUrl: 'https://contoso.example/terms',
    });
    expect(validateManifest(manifest)).toEqual([]);
  });

  test.each(LANGUAGE_FILES)('its %s is filled and valid', async (file) => {
    const text = await zip.file(file)!.async('string');
    expect(text).not.toContain('${{');
    const strings = JSON.parse(text) as Json;
    expect(strings['name.short']).toBe('Blocker triage');
    expect(validateLocalization(strings)).toEqual([]);
  });

  test('its icons are the committed PNGs', async () => {
    for (const icon of ['color.png', 'outline.png']) {
      expect(Buffer.from(await zip.file(icon)!.async('uint8array'))).toEqual(readFileSync(join(APP_PACKAGE_DIR, icon)));
    }
  });
});
