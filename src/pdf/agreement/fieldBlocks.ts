import type { Block } from '../document/model'

/** A section's labelled fields as a heading and a paragraph each; fields left empty are left out unless `empty` words them. */
export function fieldBlocks(lines: ReadonlyArray<{ label: string; value: string }>, empty?: string): Block[] {
  return lines
    .filter((l) => l.value || empty)
    .flatMap((l) => [{ kind: 'heading', level: 3, text: l.label } as Block, { kind: 'paragraph', text: l.value || empty || '' } as Block])
}
