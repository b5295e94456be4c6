export * from './types'
export { reportPolicy } from './policy'
export { buildPrincipalReport } from './build'
export { buildProgramSection, programLevel } from './program'
