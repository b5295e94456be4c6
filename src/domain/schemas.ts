/**
 * One schema per stored record, one module per record family under `schemas/`. Types are derived
 * from these, and every write to the database (and every imported file) is checked against them,
 * so the shape is written down exactly once. This barrel keeps `@/domain/schemas` the one import.
 */
export { bucketSchema, idSchema, isoDateSchema, percentSchema, targetsSchema, timestampSchema } from './schemas/common'
export * from './schemas/school'
export * from './schemas/task'
export * from './schemas/agreement'
export * from './schemas/timeLog'
export * from './schemas/settings'
