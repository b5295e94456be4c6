// @vitest-environment node
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The layers are kept by lint, not by habit: each forbidden import or storage access below must
 * fail `npm run lint` with the layer rule's message, and the same line must pass where it is allowed.
 */
let eslint: ESLint

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('no-restricted-')).map((m) => `${m.ruleId}: ${m.message}`)
}

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() })
})

const FORBIDDEN: [file: string, code: string, rule: string][] = [
  ['src/views/Probe.vue', '<script setup lang="ts">\nimport Dexie from \'dexie\'\nvoid Dexie\n</script>\n', 'no-restricted-imports'],
  ['src/components/Probe.ts', "import { liveQuery } from 'dexie'\nvoid liveQuery\n", 'no-restricted-imports'],
  ['src/stores/probe.ts', "import { db } from '@/db/database'\nvoid db\n", 'no-restricted-imports'],
  ['src/domain/probe.ts', "import { ref } from 'vue'\nvoid ref\n", 'no-restricted-imports'],
  ['src/domain/probe.ts', "import { useLiveQuery } from '@/db/live'\nvoid useLiveQuery\n", 'no-restricted-imports'],
  ['src/domain/probe.ts', "import { useAppStore } from '@/stores/app'\nvoid useAppStore\n", 'no-restricted-imports'],
  ['src/domain/probe.ts', "import EmptyState from '@/components/EmptyState.vue'\nvoid EmptyState\n", 'no-restricted-imports'],
  ['src/domain/dashboard/probe.ts', "import { db } from '../../db/database'\nvoid db\n", 'no-restricted-imports'],
  ['src/pdf/probe.ts', "import EmptyState from '@/components/EmptyState.vue'\nvoid EmptyState\n", 'no-restricted-imports'],
  ['src/export/probe.ts', "import MeetingView from '@/views/MeetingView.vue'\nvoid MeetingView\n", 'no-restricted-imports'],
  ['src/charts/probe.ts', "import EmptyState from '@/components/EmptyState.vue'\nvoid EmptyState\n", 'no-restricted-imports'],
  ['src/db/probe.ts', "import { useAppStore } from '@/stores/app'\nvoid useAppStore\n", 'no-restricted-imports'],
  ['src/db/probe.ts', "import { z } from 'zod'\nexport const s = z.string()\n", 'no-restricted-imports'],
  ['src/stores/probe.ts', "export const read = () => localStorage.getItem('x')\n", 'no-restricted-globals'],
  ['src/components/probe.ts', "export const open = () => indexedDB.open('x')\n", 'no-restricted-globals'],
  ['src/views/probe.ts', "export const read = () => window.localStorage.getItem('x')\n", 'no-restricted-properties'],
]

describe('layer rules', () => {
  it.each(FORBIDDEN)('%s: refuses %s', async (file, code, rule) => {
    const found = await problems(file, code)
    expect(found.length, `${file} should break ${rule}`).toBeGreaterThan(0)
    for (const problem of found)
      expect(problem).toMatch(new RegExp(`^${rule}: .*(src/db|src/domain|@/domain/zod|may not import|only in src/db)`))
  })

  it('allows Dexie, the database and browser storage inside src/db', async () => {
    const code = "import Dexie from 'dexie'\nimport { db } from './database'\nexport const x = [Dexie, db, localStorage, indexedDB]\n"
    expect(await problems('src/db/probe.ts', code)).toEqual([])
  })

  it('allows the domain to import the domain, and views to import db composables', async () => {
    expect(await problems('src/domain/probe.ts', "import { newId } from './ids'\nexport const id = newId\n")).toEqual([])
    expect(await problems('src/domain/probe.ts', "import type { z } from 'zod'\nexport type S = z.ZodType\n")).toEqual([])
    expect(await problems('src/views/probe.ts', "import { useSettings } from '@/db/queries'\nexport const s = useSettings\n")).toEqual([])
  })
})
