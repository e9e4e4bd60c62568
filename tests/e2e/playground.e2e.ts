import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Browser, Locator, Page, chromium } from 'playwright-core';
import { ROOT, freePort, startBot, startPlayground } from '../../scripts/processes';
import { LOCALES, LocaleId } from '../../src/locales';
import { notesLine } from '../../src/bot/views/notes';
import { ANSWER_LIKELIHOODS } from '../../src/triage/answerLikelihoods';
import { WalkEngine } from '../../src/triage/walk';
import { WINDOWS_IMAGE_L2, WINDOWS_IMAGE_WALK } from '../support/walks';

jest.setTimeout(180_000);

/** Debian's Chromium; .ci/run installs it with apt when it is missing. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = path.join(ROOT, 'test-artifacts', 'screenshots');

let bot: Awaited<ReturnType<typeof startBot>>;
let playground: Awaited<ReturnType<typeof startPlayground>>;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  bot = await startBot(await freePort(), { MicrosoftAppId: '', LOG_LEVEL: 'warn' });
  playground = await startPlayground(bot.url, await freePort());
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
  await bot?.stop();
});

/** A fresh profile per test: Playwright's contexts share nothing. */
async function openPlayground(height = 1000): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: playground.url });
  const page = await context.newPage();
  await page.goto(playground.url);
  return page;
}

const cards = (page: Page): Locator => page.locator('.ac-adaptiveCard');

/** Types into the playground's compose box and sends; resolves to the bot's next card (a new one). */
async function send(
  page: Page,
  text: string,
  compose: Locator = page.locator('[data-lexical-editor="true"]').last(),
): Promise<Locator> {
  const before = await cards(page).count();
  await compose.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await cards(page).nth(before).waitFor();
  // Cards are replaced in place, so the index stays this card's for the rest of the walk.
  return cards(page).nth(before);
}

/**
 * Clicks through a Microsoft 365 Apps walk on `card`: their IT environment is in the way, waiting for
 * the Windows 10 image (No to any yes/no question), until the result. Checks the card is replaced in
 * place (the number of cards stays the same) and returns the questions it saw.
 */
async function walkToResult(page: Page, card: Locator, shot: string): Promise<string[]> {
  const before = await cards(page).count();
  await card.getByRole('button', { name: 'Microsoft 365 Apps' }).click();
  const questions: string[] = [];
  for (let step = 0; step < 9; step++) {
    // Either the next question or the result replaces the card.
    const next = await changed(card, questions[questions.length - 1]);
    if (next === 'result') break;
    questions.push(next);
    if (step === 0) await page.screenshot({ path: path.join(SHOTS, `${shot}-question.png`) });
    const picks = ['Their IT environment', 'Waiting for the Windows 10 image'];
    const offered = await Promise.all(picks.map((name) => card.getByRole('button', { name, exact: true }).count()));
    await card
      .getByRole('button', { name: picks.find((_, i) => offered[i] > 0) ?? 'No', exact: true })
      .click({ timeout: 10_000 })
      .catch(async (error: Error) => {
        throw new Error(
          `step ${step} (${next}): ${error.message}\ncards: ${JSON.stringify(await cards(page).allInnerTexts())}`,
        );
      });
  }
  expect(await cards(page).count()).toBe(before);
  return questions;
}

/** Waits until the card shows a question other than `last`, or the result; returns the question or 'result'. */
async function changed(card: Locator, last: string | undefined, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const text = await card.innerText().catch(() => '');
    if (text.includes('Blocked ›')) return 'result';
    // One reading of the card: its second line is the question (the first is the progress line).
    const question = text
      .split('\n')
      .filter((line) => line.trim() !== '')[1]
      ?.trim();
    if (/\bNot sure\b/.test(text) && question && question !== last) return question;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the card did not move on from "${last ?? 'the workload'}": ${await card.innerText()}`);
}

/** The result card is taller than a screen and the playground scrolls inside the page: a tall window shows all of it. */
async function resultShot(page: Page, card: Locator, file: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 3000 });
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, file) });
}

describe('the bot in the Agents Playground (Chromium)', () => {
  it('walks a Microsoft 365 Apps blocker to its L2 in a personal chat', async () => {
    const page = await openPlayground();
    await expect(page.getByText('Blocker triage for FastTrack').first().waitFor()).resolves.toBeUndefined();
    await page.screenshot({ path: path.join(SHOTS, 'personal-welcome.png') });

    const card = await send(page, 'start');
    await expect(card.getByText('Which workload is blocked?').waitFor()).resolves.toBeUndefined();
    const questions = await walkToResult(page, card, 'personal');

    expect(questions).toEqual(['What is mainly in the way?', "What in the customer's environment must change first?"]);
    await expect(
      card.getByText('Blocked › Customer IT Infrastructure and Remediation').waitFor(),
    ).resolves.toBeUndefined();
    await expect(card.getByText('blocked / customer-it-infrastructure-remediation').isVisible()).resolves.toBe(true);
    // The answers that led there are on the result, as the person gave them.
    await expect(card.getByText('Their IT environment', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(card.getByText('Waiting for the Windows 10 image', { exact: true }).isVisible()).resolves.toBe(true);
    await resultShot(page, card, 'personal-result.png');
  });

  it('answers an @mention in a Teams channel and walks the shared card to its L2', async () => {
    const page = await openPlayground();
    await page.getByText('General', { exact: true }).first().click();
    await expect(page.getByText('Start a new post').first().waitFor()).resolves.toBeUndefined();
    const before = await cards(page).count();
    await page.locator('[data-lexical-editor="true"]').first().click();
    await page.keyboard.type('@');
    // The playground's mention picker lists the bot; choosing it makes a real mention entity.
    await page.getByRole('menuitem', { name: 'Test Bot' }).click();
    await page.keyboard.type(' start');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await cards(page).nth(before).waitFor();
    const card = cards(page).filter({ hasText: 'Which workload is blocked?' }).last();
    await card.waitFor();
    const index = (await cards(page).allInnerTexts()).findIndex((text) => text.includes('Which workload is blocked?'));
    const shared = cards(page).nth(index);
    await page.screenshot({ path: path.join(SHOTS, 'channel-workload.png') });
    const questions = await walkToResult(page, shared, 'channel');
    expect(questions.length).toBeLessThanOrEqual(8);
    await expect(
      shared.getByText('Blocked › Customer IT Infrastructure and Remediation').waitFor(),
    ).resolves.toBeUndefined();
    await resultShot(page, shared, 'channel-result.png');
  });

  it('triages a channel post from its "More actions" menu: the suggestion goes into the post’s thread for everyone', async () => {
    const page = await openPlayground();
    await page.getByText('General', { exact: true }).first().click();
    await expect(page.getByText('Start a new post').first().waitFor()).resolves.toBeUndefined();
    const text = 'customer is waiting on the EA renewal before buying E5';
    await page.locator('[data-lexical-editor="true"]').first().click();
    await page.keyboard.type(text);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    // The playground reads no manifest: its message action asks for the command id the manifest declares.
    const post = page.getByRole('group').filter({ hasText: text }).first();
    await post.getByRole('button', { name: 'Show more information' }).first().click();
    await page.getByRole('menuitem', { name: 'Action Command' }).click();
    await page.getByPlaceholder('Input command id or leave blanks').fill('triageMessage');
    await page.getByRole('button', { name: 'Create' }).click();
    const dialog = page.getByRole('dialog');
    await expect(
      dialog.getByText('I’m posting the suggestion under the message, where everyone here can work on it.').waitFor(),
    ).resolves.toBeUndefined();
    await page.screenshot({ path: path.join(SHOTS, 'action-posted.png') });
    await dialog.getByRole('button', { name: 'Close' }).click();

    const suggestion = post.locator('.ac-adaptiveCard').filter({ hasText: 'Looks like:' });
    await suggestion.waitFor();
    expect(await suggestion.innerText()).toMatch(
      /Looks like: Billing, Licensing and Subscription[\s\S]*Alex Wilber wrote/,
    );
    await suggestion.getByRole('button', { name: 'That’s it' }).click();
    await expect(post.getByText('Blocked › Billing, Licensing and Subscription').waitFor()).resolves.toBeUndefined();
    // The notes line keeps the words and says whose message they came from.
    await expect(post.getByText(`${text}; message by Alex Wilber`, { exact: false }).first().isVisible()).resolves.toBe(
      true,
    );
    await resultShot(page, post, 'action-result.png');
  });

  it('looks up an L2 from the compose box and puts its card into the message; the bot stays quiet', async () => {
    const page = await openPlayground();
    await expect(page.getByText('Blocker triage for FastTrack').first().waitFor()).resolves.toBeUndefined();
    await page.getByRole('button', { name: 'Trigger Message Extension App' }).click();
    await page.getByRole('menuitem', { name: 'Search Command' }).click();
    await page.getByText('Specify Command ID or Parameter').click();
    await page.getByPlaceholder('Command ID').fill('findL2');
    await page.getByPlaceholder('Parameter name').fill('query');
    await page.getByPlaceholder('Enter a search term').fill('the partner stopped answering us');
    await page.keyboard.press('Enter');
    const result = page.getByText('Partner Engagement', { exact: true }).first();
    await result.waitFor();
    await expect(
      page.getByText(/Fits the description: \d+% · blocked \/ partner-engagement/).isVisible(),
    ).resolves.toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'search-results.png') });
    // Counted before the card goes into the compose box, where it shows as a card too.
    const before = await cards(page).count();
    await result.click();
    await page.getByRole('button', { name: 'Send Message' }).click();
    const sent = cards(page).nth(before);
    await sent.waitFor();
    expect(await sent.innerText()).toMatch(
      /^Partner Engagement\s+blocked \/ partner-engagement[\s\S]*Questions to confirm it with the customer/,
    );
    await page.screenshot({ path: path.join(SHOTS, 'search-sent.png') });
    // No answer from the bot to a card shared without words.
    await page.waitForTimeout(1500);
    expect(await cards(page).count()).toBe(before + 1);
  });
});

/** A phone's width for a card: the playground lays cards out at 446 px, so the cards are set to 340 px. */
const PHONE = '.ac-adaptiveCard { width: 340px !important; min-width: 340px !important; max-width: 340px !important; }';
/** The result card with its details folded must fit a phone's screen in a review. */
const MAX_RESULT_HEIGHT = 900;

const DESCRIPTION: Partial<Record<LocaleId, string>> = {
  en: 'Customer is waiting for the new EA contract to be signed before buying E5',
  de: 'Kunde wartet auf neuen EA-Vertrag',
  'zh-CN': '客户在等待新的 EA 合同签署',
};

/** The little of the DOM the checks use (the tests are typed without the DOM library). */
interface Element {
  getBoundingClientRect(): { right: number; width: number };
  querySelectorAll(selector: string): Iterable<Element>;
  hasAttribute(name: string): boolean;
  readonly clientWidth: number;
  readonly scrollWidth: number;
  readonly textContent: string | null;
}

/**
 * Buttons whose box passes the card's right edge, or whose title is cut: what a user would see as
 * broken. A title is cut when a block inside the button is narrower than its text (inline ones have
 * no width); the client's own overflow menu button (…) is not the card's.
 */
async function overflowing(card: Locator): Promise<string[]> {
  return card.evaluate((node) => {
    const root = node as unknown as Element;
    const edge = root.getBoundingClientRect().right;
    return [...root.querySelectorAll('button')].flatMap((b) => {
      const box = b.getBoundingClientRect();
      if (box.width === 0) return []; // in a folded container or an unopened menu
      const cut =
        !b.hasAttribute('aria-expanded') &&
        [b, ...b.querySelectorAll('*')].some((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1);
      return box.right > edge + 0.5 || cut
        ? [`${b.textContent ?? ''} (right ${box.right} of ${edge}${cut ? ', cut' : ''})`]
        : [];
    });
  });
}

/** Screenshots of one card at desktop width and at 340 px, and its heights at both. */
async function bothWidths(page: Page, card: Locator, name: string): Promise<{ desktop: number; phone: number }> {
  await card.scrollIntoViewIfNeeded();
  const desktop = (await card.boundingBox())!.height;
  expect(await overflowing(card)).toEqual([]);
  await card.screenshot({ path: path.join(SHOTS, `${name}-desktop.png`) });
  const phone = await page.addStyleTag({ content: PHONE });
  await card.scrollIntoViewIfNeeded();
  const height = (await card.boundingBox())!.height;
  expect(await overflowing(card)).toEqual([]);
  await card.screenshot({ path: path.join(SHOTS, `${name}-340.png`) });
  await phone.evaluate((style) => (style as unknown as { remove(): void }).remove());
  return { desktop: Math.round(desktop), phone: Math.round(height) };
}

describe.each(['en', 'de', 'zh-CN'] as const)('the cards in %s, at desktop width and at 340 px', (id) => {
  const t = LOCALES[id];
  const engine = new WalkEngine(ANSWER_LIKELIHOODS);
  const walk = WINDOWS_IMAGE_WALK;
  const l2 = WINDOWS_IMAGE_L2;

  it('suggestion, question, result and summary: on screen, inside the card, the notes line one click from the clipboard', async () => {
    const page = await openPlayground(3000);
    await cards(page).first().waitFor();
    if (id !== 'en') {
      const picker = await send(page, 'language');
      await picker.getByRole('button', { name: t.languageName, exact: true }).click();
      await picker.getByText(t.languageName).first().waitFor();
      await expect(
        cards(page)
          .filter({ hasText: t.ui.language.changed.slice(0, 6) })
          .first()
          .waitFor(),
      ).resolves.toBeUndefined();
    }
    const heights: Record<string, { desktop: number; phone: number }> = {};
    const suggestion = await send(page, DESCRIPTION[id]!);
    await suggestion.getByRole('button', { name: t.ui.actions.thatsIt }).waitFor();
    heights.suggestion = await bothWidths(page, suggestion, `${id}-suggestion`);

    const card = await send(page, 'start');
    await card.getByRole('button', { name: t.playbook.workloads['m365-apps'], exact: true }).click();
    await card.getByRole('button', { name: t.playbook.kindOptions.environment.title, exact: true }).waitFor();
    heights.question = await bothWidths(page, card, `${id}-question`);
    await card.getByRole('button', { name: t.playbook.kindOptions.environment.title, exact: true }).click();
    const fact = t.playbook.questions['m365-windows-image'].option!;
    await card.getByRole('button', { name: fact, exact: true }).click();
    await card.getByRole('button', { name: t.ui.actions.settle }).waitFor();
    heights.result = await bothWidths(page, card, `${id}-result`);
    expect(heights.result.phone).toBeLessThan(MAX_RESULT_HEIGHT);
    // The details unfold in place, with the definition.
    await card.getByRole('button', { name: t.ui.actions.details, exact: true }).click();
    await expect(card.getByText(t.playbook.l2[l2].definition).isVisible()).resolves.toBe(true);
    await card.screenshot({ path: path.join(SHOTS, `${id}-result-details-desktop.png`) });
    await card.getByRole('button', { name: t.ui.actions.details, exact: true }).click();

    // The notes line: copied by the client's own copy button where it draws one (Teams' CodeBlock);
    // a client without CodeBlock shows the fallback, which must be the whole line as it is.
    const notes = notesLine(t, engine, walk, l2);
    const copy = card.getByRole('button', { name: /copy/i });
    if ((await copy.count()) > 0) {
      await copy.first().click();
      await expect(page.evaluate<string>('navigator.clipboard.readText()')).resolves.toBe(notes);
    } else {
      await expect(card.getByText(notes, { exact: true }).isVisible()).resolves.toBe(true);
    }

    await card.getByRole('button', { name: t.ui.actions.settle }).click();
    await card.getByText(t.ui.summary.settled.split('{name}')[0].trim()).first().waitFor();
    const summary = await send(page, 'summary');
    await summary.getByText(t.ui.summary.copyHeading, { exact: true }).waitFor();
    heights.summary = await bothWidths(page, summary, `${id}-summary`);
    console.log(`${id} heights (desktop / 340 px): ${JSON.stringify(heights)}`);
  });
});
