import fc from 'fast-check';

/**
 * Property tests are deterministic: a fixed seed, so a run that passes on one machine passes on
 * every machine, and a failure is reproducible. Set FC_SEED to explore other seeds locally.
 */
const seed = Number(process.env['FC_SEED'] ?? 20261122);
fc.configureGlobal({ seed });
