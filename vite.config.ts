/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { fileURLToPath, URL } from 'node:url'
import { makePdfFontSubsets } from './src/pdf/fonts/subsetFonts.ts'
import { pwa } from './src/pwa/pwaPlugin.ts'

// The built app may load nothing but its own files: no CDN, no analytics, no fonts from elsewhere.
// Only in the build: Vite's dev server injects inline styles and a websocket client.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  }
}

/**
 * The PDF fonts, cut down from the full DejaVu faces when the app is built (and on first request in
 * development), so the first export downloads about 117 KB of font instead of 1.47 MB.
 */
function pdfFontSubsets(): Plugin {
  let made: Promise<Map<string, Uint8Array>> | undefined
  const subsets = () => (made ??= makePdfFontSubsets())
  return {
    name: 'pdf-font-subsets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.match(/^\/fonts\/([\w-]+\.woff)$/)?.[1]
        if (!name) return next()
        subsets().then((files) => {
          const bytes = files.get(name)
          if (!bytes) return next()
          res.setHeader('Content-Type', 'font/woff')
          res.end(bytes)
        }, next)
      })
    },
    async generateBundle() {
      for (const [name, source] of await subsets()) this.emitFile({ type: 'asset', fileName: `fonts/${name}`, source })
    },
  }
}

export default defineConfig({
  // Every component uses <script setup>: the build leaves out the Options API and the production
  // devtools hooks, which makes every screen smaller.
  plugins: [
    vue({ features: { optionsAPI: false, prodDevtools: false, prodHydrationMismatchDetails: false } }),
    contentSecurityPolicy(),
    pdfFontSubsets(),
    pwa(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173 },
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.spec.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // PDF tests run PDFKit's browser build, the one the app ships, not its Node build.
    alias: [{ find: /^pdfkit$/, replacement: fileURLToPath(new URL('./node_modules/pdfkit/js/pdfkit.browser.mjs', import.meta.url)) }],
  },
})
