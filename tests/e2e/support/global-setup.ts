import { existsSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import { preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

const root = fileURLToPath(new URL('../../..', import.meta.url))
let server: PreviewServer | undefined

/** Serves the built app on 127.0.0.1 for every journey; the port is handed to tests via `inject`. */
export async function setup(project: TestProject) {
  if (!existsSync(`${root}/dist/index.html`))
    throw new Error('No build found: run `npm run build` first (npm run test:e2e does this for you).')
  server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } })
  const address = server.httpServer.address()
  if (!address || typeof address === 'string') throw new Error('Preview server has no address')
  project.provide('baseURL', `http://127.0.0.1:${address.port}`)
}

export async function teardown() {
  await server?.close()
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}
