/**
 * The role agreement as a document model (pure: no PDFKit, no fonts). Page one is a summary
 * that can be handed to staff on its own; the sections and the signatures follow.
 */
import { BUCKETS, BUCKET_LABELS } from '@/domain/buckets'
import {
  PRINCIPLES,
  PRINCIPLE_LABELS,
  SECTION_IDS,
  SECTION_TITLES,
  editionOf,
  policyLabel,
  policyStatement,
  type SectionId,
  type Sections,
} from '@/domain/agreementSections'
import { principleMeanings } from '@/domain/agreementMeanings'
import { agreementFileName, snapshotSplit, CHOICE_LABELS, describeSection, principleStatus } from '@/domain/agreementText'
import { formatPercent } from '@/domain/shares'
import { formatHours as fmtHours } from '@/domain/hours'
import { formatLongDate, toIsoDate } from '@/domain/dates'
import { shortFingerprint, type AgreementSnapshot, type SnapshotTask, type VersionView } from '@/domain/agreementSnapshot'
import type { Block, PdfDocumentModel, SplitBar } from './document/model'

/**
 * Everything the PDF prints, and nothing else: the version's snapshot (a signed version's stored
 * one, a draft's built from its records) and, for a signed version, its fingerprint.
 */
export type AgreementPdfInput = VersionView

export function agreementPdfFileName(input: AgreementPdfInput): string {
  const s = input.snapshot
  return agreementFileName(s.school.name, s.schoolYear.label, s.version, s.status === 'signed')
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`
const signedOn = (a: AgreementSnapshot) => formatLongDate(toIsoDate(new Date(a.signedAt ?? 0)))

// The snapshot lists its tasks in the order they were shown, each with the decision about it.
function decided(input: AgreementPdfInput): { will: SnapshotTask[]; wont: SnapshotTask[]; open: SnapshotTask[] } {
  const tasks = input.snapshot.tasks
  return {
    will: tasks.filter((t) => t.choice === 'will'),
    wont: tasks.filter((t) => t.choice === 'wont'),
    open: tasks.filter((t) => t.choice !== 'will' && t.choice !== 'wont'),
  }
}

function splitBlocks(input: AgreementPdfInput): { chart: Block | null; table: Block; notes: Block[] } {
  const t = input.snapshot.targets
  const split = snapshotSplit(input.snapshot)
  const other = Math.max(0, 100 - t.coachingPct - t.learningPct)
  const target = { coaching: t.coachingPct, learning: t.learningPct, other }
  const bars: SplitBar[] = BUCKETS.map((b) => ({
    label: BUCKET_LABELS[b],
    percent: split.percent[b],
    value: `${formatPercent(split.percent[b])} · ${fmtHours(split.hours[b])} h a week`,
    target: target[b],
    targetLabel: `target ${b === 'other' ? 'at most' : 'at least'} ${target[b]}%`,
  }))
  const alt = split.totalHours
    ? `Projected week of ${fmtHours(split.totalHours)} hours: ${BUCKETS.map((b) => `${BUCKET_LABELS[b].toLowerCase()} ${formatPercent(split.percent[b])} (target ${b === 'other' ? 'at most' : 'at least'} ${target[b]}%)`).join(', ')}.`
    : 'No hours are estimated yet, so there is no projected week to show.'
  const notes: Block[] = [
    ...split.warnings.map((w): Block => ({ kind: 'paragraph', text: `⚠ ${w.message}`, small: true, tone: 'alert' })),
    ...(split.unestimatedCount
      ? [
          {
            kind: 'paragraph',
            small: true,
            tone: 'muted',
            text: `${plural(split.unestimatedCount, 'will-do task has', 'will-do tasks have')} no hours estimate and ${split.unestimatedCount === 1 ? 'is' : 'are'} not counted.`,
          } as Block,
        ]
      : []),
  ]
  const table: Block = {
    kind: 'table',
    columns: [
      { header: 'Area', weight: 3 },
      { header: 'Hours per week', align: 'right', weight: 2 },
      { header: 'Share', align: 'right', weight: 2 },
      { header: 'Target', weight: 2 },
    ],
    rows: [
      ...BUCKETS.map((b) => ({
        cells: [
          BUCKET_LABELS[b],
          fmtHours(split.hours[b]),
          split.totalHours ? formatPercent(split.percent[b]) : '–',
          `${b === 'other' ? 'at most' : 'at least'} ${target[b]}%`,
        ],
      })),
      { cells: ['Total', fmtHours(split.totalHours), '', ''], strong: true },
    ],
  }
  return { chart: split.totalHours ? { kind: 'splitChart', bars, alt } : null, table, notes }
}

/** Page one: who, what, the targets and the projected week, the decisions in numbers, the status. */
function summary(input: AgreementPdfInput): Block[] {
  const a = input.snapshot
  const { school, schoolYear } = a
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

function roleAndTime(input: AgreementPdfInput, s: Sections): Block[] {
  const { will, wont, open } = decided(input)
  // Priorities, new requests and the review date, as the page words them.
  const blocks: Block[] = [
    ...describeSection('roleAndTime', s)
      .filter((l) => l.value)
      .flatMap((l) => [{ kind: 'heading', level: 3, text: l.label } as Block, { kind: 'paragraph', text: l.value } as Block]),
    { kind: 'heading', level: 3, text: 'Projected week from the decisions below' },
    splitBlocks(input).table,
    { kind: 'heading', level: 3, text: `Tasks the coach will do (${will.length})` },
    will.length
      ? {
          kind: 'table',
          columns: [
            { header: 'Task', weight: 4 },
            { header: 'Area', weight: 2 },
            { header: 'Hours per week', align: 'right', weight: 1.6 },
            { header: 'Note', weight: 4 },
          ],
          rows: will.map((task) => ({
            cells: [
              task.title,
              BUCKET_LABELS[task.bucket],
              task.weeklyHours === null ? 'not estimated' : fmtHours(task.weeklyHours),
              task.note.trim(),
            ],
          })),
        }
      : { kind: 'paragraph', tone: 'muted', text: 'None yet.' },
    { kind: 'heading', level: 3, text: `Tasks the coach won’t do (${wont.length})` },
    wont.length
      ? {
          kind: 'table',
          columns: [
            { header: 'Task', weight: 4 },
            { header: 'Area', weight: 2 },
            { header: 'Who does it instead', weight: 3 },
            { header: 'Note', weight: 4 },
          ],
          rows: wont.map((task) => ({
            cells: [task.title, BUCKET_LABELS[task.bucket], task.insteadBy.trim() || 'not settled', task.note.trim()],
          })),
        }
      : { kind: 'paragraph', tone: 'muted', text: 'None yet.' },
  ]
  if (open.length) {
    blocks.push(
      { kind: 'heading', level: 3, text: `Tasks left open (${open.length})` },
      {
        kind: 'paragraph',
        small: true,
        tone: 'muted',
        text: input.snapshot.openItemsAccepted
          ? 'Both agreed to sign with these tasks still open and to settle them later.'
          : 'These tasks must be decided, or explicitly left open, before signing.',
      },
      // Open tasks have nothing to fill a table with: one compact line each.
      {
        kind: 'list',
        small: true,
        items: open.map((task) =>
          [task.title, BUCKET_LABELS[task.bucket], CHOICE_LABELS[task.choice], task.note.trim()].filter(Boolean).join(' · '),
        ),
      },
    )
  }
  return blocks
}

function section(id: SectionId, n: number, input: AgreementPdfInput, s: Sections): Block[] {
  const heading: Block = { kind: 'heading', level: 2, text: `${n}. ${SECTION_TITLES[id]}` }
  const fields = (lines: Array<{ label: string; value: string }>, empty?: string): Block[] =>
    lines
      .filter((l) => l.value || empty)
      .flatMap((l) => [{ kind: 'heading', level: 3, text: l.label } as Block, { kind: 'paragraph', text: l.value || empty || '' } as Block])
  switch (id) {
    case 'principles':
      return [
        heading,
        { kind: 'paragraph', text: 'The principles behind the coach’s work with teachers:' },
        {
          kind: 'table',
          columns: [
            { header: 'Principle', weight: 2 },
            { header: 'What it means', weight: 5 },
            { header: 'Agreed', weight: 1.8 },
            { header: 'Note', weight: 3 },
          ],
          rows: PRINCIPLES.map((p) => {
            const agreed = s.principles[p].agreed
            const mark = agreed === null ? '? ' : agreed ? '✓ ' : '✗ '
            return {
              cells: [PRINCIPLE_LABELS[p], principleMeanings(editionOf(s))[p], mark + principleStatus(agreed), s.principles[p].note.trim()],
            }
          }),
        },
      ]
    case 'roleAndTime':
      return [heading, ...roleAndTime(input, s)]
    case 'support': {
      const not = s.support.commitments.filter((x) => !x.checked)
      return [
        heading,
        { kind: 'paragraph', text: 'The principal commits to:' },
        { kind: 'list', items: s.support.commitments.filter((x) => x.checked).map((c) => c.text) },
        ...(not.length
          ? [
              { kind: 'paragraph', small: true, tone: 'muted', text: 'Discussed but not part of this agreement:' } as Block,
              { kind: 'list', small: true, tone: 'muted', items: not.map((c) => c.text) } as Block,
            ]
          : []),
      ]
    }
    case 'learning':
      return [
        heading,
        ...fields(
          [
            { label: 'Share of time', value: `At least ${input.snapshot.targets.learningPct}% of the coach’s working time.` },
            ...describeSection('learning', s),
          ],
          'To be decided',
        ),
      ]
    case 'confidentiality':
      return [
        heading,
        { kind: 'paragraph', bold: true, text: policyLabel(s.confidentiality) },
        { kind: 'paragraph', text: policyStatement(s.confidentiality) || 'Not written yet.' },
        ...fields(describeSection('confidentiality', s).filter((l) => l.key !== 'policy' && l.key !== 'statement')),
      ]
    default:
      return [heading, ...fields(describeSection(id, s))]
  }
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
  const { school, schoolYear } = a
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
