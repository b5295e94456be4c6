import { type Targets } from '../buckets'
import { type Agreement } from '../schemas'

/**
 * The first draft of an agreement for a school and school year: version 1, meeting names of the
 * coach and the principal, the default targets, no sections yet and nothing signed. The meeting
 * shows this before anything is stored and stores it with the first change.
 */
export function firstDraftAgreement(input: {
  id: string
  schoolId: string
  schoolYearId: string
  coachName: string
  principalName: string
  targets: Targets
  date: string | null
  now: number
}): Agreement {
  return {
    id: input.id,
    schoolId: input.schoolId,
    schoolYearId: input.schoolYearId,
    version: 1,
    status: 'draft',
    meeting: { coachName: input.coachName, principalName: input.principalName, date: input.date },
    targets: { ...input.targets },
    openItemsAccepted: false,
    sections: {},
    signatures: { coach: null, principal: null },
    signedAt: null,
    basedOnId: null,
    createdAt: input.now,
    updatedAt: input.now,
  }
}
