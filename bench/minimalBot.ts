/**
 * The ceiling for `npm run bench`: the least a bot on this stack can do. Same restify, same CloudAdapter,
 * no storage, and every message answered with one small card expanded from a template.
 */
import { Template } from 'adaptivecards-templating';
import { ActivityHandler, CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';

const template = new Template({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'You said: ${text}', wrap: true }],
  actions: [{ type: 'Action.Execute', title: 'Again', verb: 'again', data: { text: '${text}' } }],
});

const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity({
    attachments: [CardFactory.adaptiveCard(template.expand({ $root: { text: context.activity.text ?? '' } }))],
  });
  await next();
});

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = restify.createServer({ handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.get('/healthz', (_req, res, next) => {
  res.send(200, { status: 'ok' });
  return next();
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
});
