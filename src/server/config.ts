import { z } from 'zod';

/**
 * Settings from the environment (and `.env`, loaded by main.ts). Every variable is documented in
 * .env.example. Secrets are only ever read from here.
 */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().default('0.0.0.0'),
  MicrosoftAppId: z.string().trim().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().trim().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema>;

/** Reads and checks the configuration; throws one message naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable in .env means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new Error(`Bad configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const config = parsed.data;
  if (config.MicrosoftAppType === 'SingleTenant' && config.MicrosoftAppId && !config.MicrosoftAppTenantId) {
    throw new Error('Bad configuration: MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant');
  }
  return config;
}

/** Authentication is on whenever an app id is configured. */
export function authenticationEnabled(config: Config): boolean {
  return config.MicrosoftAppId !== '';
}
