import { shortFingerprint } from '@/domain/agreementSnapshot'
import type { Block } from '../document/model'
import type { AgreementPdfInput } from '../agreementDocument'
import { pdfSchoolName } from './schoolName'
import { decided, plural, signedOn } from './decisions'
import { splitBlocks } from './projectedWeek'

/** Page one: who, what, the targets and the projected week, the decisions in numbers, the status. */
export function summary(input: AgreementPdfInput): Block[] {
  const a = input.snapshot
  const { schoolYear } = a
  const school = { name: pdfSchoolName(input) }
  const signed = a.status === 'signed'
  const { will, wont, open } = decided(input)
  const coach = a.signatures.coach?.name ?? a.meeting.coachName
  const principal = a.signatures.principal?.name ?? a.meeting.principalName
  const t = a.targets
  const status = signed
    ? `Signed on ${signedOn(a)} by ${a.signatures.coach?.name ?? 'the coach'} (coach) and ${a.signatures.principal?.name ?? 'the principal'} (principal).`
    : 'DRAFT — not signed. This version may still change.'
  const { chart, notes } = splitBlocks(input)
  return [
    { kind: 'heading', level: 1, text: 'Coaching role agreement' },
    { kind: 'paragraph', lead: true, text: `${school.name}, school year ${schoolYear.label}, version ${a.version}` },
    { kind: 'paragraph', bold: true, tone: signed ? 'body' : 'alert', text: status },
    {
      kind: 'facts',
      rows: [
        ['School', school.name],
        ['School year', schoolYear.label],
        ['Coach', coach || 'Not named yet'],
        ['Principal', principal || 'Not named yet'],
        [
          'Targets',
          `At least ${t.coachingPct}% of the coach’s time coaching teachers and at least ${t.learningPct}% on the coach’s own professional learning; at most ${Math.max(0, 100 - t.coachingPct - t.learningPct)}% for everything else.`,
        ],
        [
          'Tasks',
          `${plural(will.length, 'task', 'tasks')} the coach will do, ${wont.length} the coach won’t do, ${open.length} still open.`,
        ],
        ['Status', signed ? `Version ${a.version}, signed on ${signedOn(a)}` : `Version ${a.version}, draft`],
        ...(signed
          ? [['Fingerprint', input.fingerprint ? shortFingerprint(input.fingerprint) : 'Not recorded for this version'] as [string, string]]
          : []),
      ],
    },
    { kind: 'heading', level: 2, text: 'The projected week' },
    chart ?? { kind: 'paragraph', tone: 'muted', text: 'No hours are estimated for the will-do tasks yet, so there is no projected week.' },
    ...notes,
  ]
}
