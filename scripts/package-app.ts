/**
 * `npm run package`: writes appPackage/build/appPackage.zip from the templates in appPackage/ and the
 * settings in the environment or .env (documented in .env.example). Exits 1 with the reason on any problem.
 */
import { join, relative } from 'node:path';
import { config } from 'dotenv';
import { buildPackage, MANIFEST_VERSION, PACKAGE_FILE, PackageError, writePackage } from './app-package';

async function main(): Promise<void> {
  // Variables already in the environment win over .env, as for the bot itself.
  config({ path: join(__dirname, '..', '.env'), quiet: true });
  const built = await buildPackage(process.env);
  for (const warning of built.warnings) console.warn(`warning: ${warning}`);
  await writePackage(built);
  console.log(
    `Wrote ${relative(process.cwd(), PACKAGE_FILE)}: manifest v${MANIFEST_VERSION}, app ${String(built.manifest.id)} ` +
      `version ${String(built.manifest.version)}, ${built.files.length} files (${built.files.join(', ')})`,
  );
}

main().catch((error: unknown) => {
  // A PackageError is the user's to fix and says how; anything else is a bug worth its stack.
  console.error(error instanceof PackageError ? `error: ${error.message}` : error);
  process.exitCode = 1;
});
