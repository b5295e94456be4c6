import { describeStorageError } from '@/db/errors'
import { setOpenItemsAccepted } from '@/db/meeting'
import type { Agreement } from '@/domain/schemas'
import type { useAppStore } from '@/stores/app'
import type { MeetingSession } from './useMeetingSession'

/**
 * What the Summary and Manage tasks panes ask of the meeting: loaded on first use (with `import()`),
 * so the decide pane, the meeting's first screen, does not carry it.
 */
type Session = Pick<MeetingSession, 'ensureAgreementId' | 'announce'>

/** Leaves the open tasks open (or takes that back), and says what it means for signing. */
export async function acceptOpenItems(session: Session, accepted: boolean): Promise<void> {
  try {
    await setOpenItemsAccepted(await session.ensureAgreementId(), accepted)
    session.announce(
      accepted ? 'Open tasks will be left open. The agreement can be signed.' : 'Open tasks must be resolved before signing.',
    )
  } catch (e) {
    session.announce(describeStorageError(e))
  }
}

/** Starts a revision of the signed agreement from the meeting; the agreement code loads only now. */
export async function reviseFromMeeting(agreement: Agreement, session: Session, app: ReturnType<typeof useAppStore>): Promise<void> {
  const signedVersion = agreement.version
  try {
    const { reviseAgreement } = await import('@/db/agreements')
    const draft = await reviseAgreement(agreement.id)
    app.announce(
      'success',
      `Version ${draft.version} is a new draft copied from version ${signedVersion}. Tasks you add, edit or archive now belong to it; version ${signedVersion} stays as signed.`,
    )
  } catch (e) {
    session.announce(describeStorageError(e))
  }
}
