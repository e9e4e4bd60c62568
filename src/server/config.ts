import { z } from 'zod';
import { DEFAULT_MEMORY_STORE_MAX_ITEMS } from '../state/storage';

/**
 * Settings from the environment (and `.env`, loaded by main.ts). Every variable is documented in
 * .env.example. Secrets are only ever read from here.
 */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Unset means: every interface with authentication on, loopback only with it off (see listenAddress). */
  HOST: z.string().trim().optional(),
  MicrosoftAppId: z.string().trim().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: z.string().trim().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Off by default: logs carry no user text unless an operator opts in. */
  LOG_USER_TEXT: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  STORAGE: z.enum(['memory', 'blob']).default('memory'),
  BLOB_CONNECTION_STRING: z.string().default(''),
  BLOB_CONTAINER: z.string().default('blocker-triage'),
  /** Documents the memory store keeps before it drops the least recently used. */
  MEMORY_STORE_MAX_ITEMS: z.coerce.number().int().min(1).default(DEFAULT_MEMORY_STORE_MAX_ITEMS),
  /** Comma-separated tenant ids; empty allows every tenant. */
  ALLOWED_TENANT_IDS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
});

export type Config = z.infer<typeof schema>;

/** Reads and checks the configuration; throws one message naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable in .env means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new Error(
      `Bad configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const config = parsed.data;
  if (config.MicrosoftAppType === 'SingleTenant' && config.MicrosoftAppId && !config.MicrosoftAppTenantId) {
    throw new Error('Bad configuration: MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant');
  }
  if (config.STORAGE === 'blob' && !config.BLOB_CONNECTION_STRING) {
    throw new Error('Bad configuration: BLOB_CONNECTION_STRING is required when STORAGE is blob');
  }
  return config;
}

/** Authentication is on whenever an app id is configured. */
export function authenticationEnabled(config: Config): boolean {
  return config.MicrosoftAppId !== '';
}

/**
 * Where the endpoint listens, and why. Without authentication anyone who reaches it can make the
 * bot post to any serviceUrl, so it listens on loopback unless HOST says otherwise.
 */
export function listenAddress(config: Config): { host: string; reason: string } {
  if (config.HOST) return { host: config.HOST, reason: 'HOST is set' };
  if (authenticationEnabled(config)) return { host: '0.0.0.0', reason: 'authentication: on' };
  return {
    host: '127.0.0.1',
    reason: 'authentication: off (no MicrosoftAppId), listening on loopback only; set HOST to expose it',
  };
}
