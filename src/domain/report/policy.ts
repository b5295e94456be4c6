import { policyLabel, policyStatement, reportTaskNamesOf } from '../agreementSections'
import type { ReportPolicy, ReportPolicyLine, ReportPolicySource } from './types'

/** Task names may all be shown only when every school the report covers has a policy that allows them. */
export function everyPolicyNamesTasks(policies: readonly ReportPolicySource[]): boolean {
  return policies.length > 0 && policies.every((p) => p.confidentiality !== null && reportTaskNamesOf(p.confidentiality) === 'all')
}

const NO_NOTES = 'It holds no notes about teachers, coaching conversations or meetings.'

/** The policy lines, and which task names the report may carry: all only when every school's policy allows them. */
export function reportPolicy(policies: readonly ReportPolicySource[], chosenTitles: readonly string[]): ReportPolicy {
  const several = policies.length > 1
  const lines = policies.map(({ school, confidentiality: c }): ReportPolicyLine =>
    c?.policy
      ? { school: several ? school : null, label: policyLabel(c), statement: policyStatement(c) }
      : {
          school: several ? school : null,
          label: 'No confidentiality policy is agreed yet',
          statement: 'Until one is agreed, this report carries no task names.',
        },
  )
  const all = everyPolicyNamesTasks(policies)
  const carries = all
    ? `As the policy allows, this report shows hours and shares by bucket, flags, hours on won’t-do tasks and the names of the tasks time went to. ${NO_NOTES}`
    : chosenTitles.length
      ? `As the policy asks, this report shows hours and shares by bucket, flags and hours on won’t-do tasks, and names only the tasks the coach chose to include: ${chosenTitles.join('; ')}. ${NO_NOTES}`
      : `As the policy asks, this report shows hours and shares by bucket, flags and hours on won’t-do tasks only. It names no task. ${NO_NOTES}`
  return { lines, taskNames: all ? 'all' : 'chosen', chosenTasks: all ? [] : [...chosenTitles], carries }
}
