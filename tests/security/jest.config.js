/**
 * The security suite (npm run test:security): the reproductions of issue 12. Not part of `npm test`:
 * its tests wait out the real limits (the 10 s connector deadline, the 10 s body read, the store
 * and readiness timeouts) and start a dozen bot processes, about two minutes in all.
 */
module.exports = {
  rootDir: '../..',
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/security'],
  testMatch: ['**/*.test.ts'],
  // One file at a time: they start bot processes and measure time limits on a 2-core machine.
  maxWorkers: 1,
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tests/tsconfig.json' }] },
};
