/** The role and time section: priorities, the projected week and the tasks by decision. */
import { BUCKET_LABELS } from '@/domain/buckets'
import type { Sections } from '@/domain/agreementSections'
import { CHOICE_LABELS, describeSection } from '@/domain/agreementText'
import { formatHours as fmtHours } from '@/domain/hours'
import type { SnapshotTask } from '@/domain/schemas'
import type { Block, TableColumn } from '../document/model'
import type { AgreementPdfInput } from '../agreementDocument'
import { decided } from './decisions'
import { fieldBlocks } from './fieldBlocks'
import { splitBlocks } from './projectedWeek'

/** The will-do and won't-do tables differ only in their third column. */
function decisionTable(tasks: readonly SnapshotTask[], third: TableColumn, cell: (task: SnapshotTask) => string): Block {
  return tasks.length
    ? {
        kind: 'table',
        columns: [{ header: 'Task', weight: 4 }, { header: 'Area', weight: 2 }, third, { header: 'Note', weight: 4 }],
        rows: tasks.map((task) => ({ cells: [task.title, BUCKET_LABELS[task.bucket], cell(task), task.note.trim()] })),
      }
    : { kind: 'paragraph', tone: 'muted', text: 'None yet.' }
}

export function roleAndTime(input: AgreementPdfInput, s: Sections): Block[] {
  const { will, wont, open } = decided(input)
  // Priorities, new requests and the review date, as the page words them.
  const blocks: Block[] = [
    ...fieldBlocks(describeSection('roleAndTime', s)),
    { kind: 'heading', level: 3, text: 'Projected week from the decisions below' },
    splitBlocks(input).table,
    { kind: 'heading', level: 3, text: `Tasks the coach will do (${will.length})` },
    decisionTable(will, { header: 'Hours per week', align: 'right', weight: 1.6 }, (task) =>
      task.weeklyHours === null ? 'not estimated' : fmtHours(task.weeklyHours),
    ),
    { kind: 'heading', level: 3, text: `Tasks the coach won’t do (${wont.length})` },
    decisionTable(wont, { header: 'Who does it instead', weight: 3 }, (task) => task.insteadBy.trim() || 'not settled'),
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
