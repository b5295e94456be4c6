/**
 * The role agreement as a document model (pure: no PDFKit, no fonts). Page one is a summary
 * that can be handed to staff on its own; the sections and the signatures follow.
 */
import { SECTION_IDS, type Sections } from '@/domain/agreementSections'
import { agreementFileName } from '@/domain/fileNames'
import { formatLongDate, toIsoDate } from '@/domain/dates'
import { shortFingerprint, type AgreementSnapshot, type VersionView } from '@/domain/agreementSnapshot'
import type { Block, PdfDocumentModel } from './document/model'
import { signedOn } from './agreement/decisions'
import { summary } from './agreement/summaryPage'
import { section } from './agreement/sectionBlocks'
import { pdfSchoolName } from './agreement/schoolName'

/**
 * Everything the PDF prints, and nothing else: the version's snapshot (a signed version's stored
 * one, a draft's built from its records) and, for a signed version, its fingerprint.
 */
export type AgreementPdfInput = VersionView & {
  /** The sample school's agreement: its name carries the badge everywhere the PDF prints it. */
  sample?: boolean
}

export function agreementPdfFileName(input: AgreementPdfInput): string {
  const s = input.snapshot
  return agreementFileName(s.school.name, s.schoolYear.label, s.version, s.status === 'signed')
}

function signatures(a: AgreementSnapshot): Block {
  const sig = (role: string, planned: string, s: { name: string; signedAt: number } | null) => ({
    role,
    name: s ? s.name : planned,
    signed: !!s,
    line: s ? `Signed by typing their name on ${formatLongDate(toIsoDate(new Date(s.signedAt)))}` : 'Not signed: this is a draft',
  })
  // The heading and both signatures always share a page.
  return {
    kind: 'keepTogether',
    blocks: [
      { kind: 'heading', level: 2, text: 'Signatures' },
      {
        kind: 'signatures',
        signers: [sig('Coach', a.meeting.coachName, a.signatures.coach), sig('Principal', a.meeting.principalName, a.signatures.principal)],
      },
    ],
  }
}

export function agreementDocument(input: AgreementPdfInput): PdfDocumentModel {
  const a = input.snapshot
  const { schoolYear } = a
  const school = { name: pdfSchoolName(input) }
  const signed = a.status === 'signed'
  const coach = a.signatures.coach?.name ?? a.meeting.coachName
  const principal = a.signatures.principal?.name ?? a.meeting.principalName
  const met = a.meeting.date ? ` It follows their role-clarity meeting on ${formatLongDate(a.meeting.date)}.` : ''
  const s: Sections = a.sections // as the snapshot holds them: a signed version keeps its edition's words
  return {
    title: `Coaching role agreement, ${school.name}, ${schoolYear.label}, version ${a.version}${signed ? '' : ' (draft)'}`,
    author: [coach, principal].filter(Boolean).join(' and ') || 'Coach Role Planner',
    subject: 'Instructional coaching role agreement',
    header: {
      left: `${school.name} · Coaching role agreement · ${schoolYear.label}`,
      right: `Version ${a.version} · ${signed ? 'Signed' : 'DRAFT'}`,
    },
    // The fingerprint lets both parties check that a printed copy is the one they signed.
    footer: signed
      ? `Signed ${signedOn(a)}${input.fingerprint ? ` · Fingerprint ${shortFingerprint(input.fingerprint)}` : ''}`
      : 'Draft: not signed, may still change',
    watermark: signed ? undefined : 'DRAFT',
    blocks: [
      ...summary(input),
      { kind: 'pageBreak' },
      { kind: 'heading', level: 2, text: 'About this agreement' },
      {
        kind: 'paragraph',
        text: `This agreement sets out how ${coach || 'the coach'} will work as instructional coach at ${school.name} during ${schoolYear.label}, and how ${principal || 'the principal'} will support that work.${met}${a.revises ? ' It revises an earlier signed version.' : ''}`,
      },
      ...SECTION_IDS.flatMap((id, i) => section(id, i + 1, input, s)),
      signatures(a),
    ],
  }
}
