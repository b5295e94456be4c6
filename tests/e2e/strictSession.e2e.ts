import { describe, expect, it } from 'vitest'
import { openSession } from './support/browser'

/**
 * The strict session is what makes every journey fail on a console error, a CSP violation or
 * an uncaught error. These prove that check can fail, and that its failure names the message.
 */
describe('the strict browser session', () => {
  it('fails a journey whose page logs a console error, naming it', async () => {
    const s = await openSession()
    await s.page.goto('/')
    await s.page.getByRole('heading', { level: 1 }).waitFor()
    await s.page.evaluate(() => console.error('A deliberate console error.'))
    await expect(s.close()).rejects.toThrow(/Console error: A deliberate console error\./)
  })

  it('fails on an inline style the content security policy blocks, naming the directive', async () => {
    const s = await openSession()
    await s.page.goto('/')
    await s.page.getByRole('heading', { level: 1 }).waitFor()
    // What an HTML tooltip does: markup with a style attribute, which style-src 'self' refuses.
    await s.page.evaluate(() => {
      const tip = document.createElement('div')
      tip.innerHTML = '<span style="color: red">1.5 h</span>'
      document.body.append(tip)
    })
    await expect.poll(() => s.problems.length).toBeGreaterThan(0)
    await expect(s.close()).rejects.toThrow(/CSP violation: style-src-attr blocked inline/)
  })

  it('fails on an uncaught error in a page, and in a tab opened later', async () => {
    const s = await openSession()
    const other = await s.context.newPage()
    await other.goto('/')
    await other.getByRole('heading', { level: 1 }).waitFor()
    await other.evaluate(() => {
      setTimeout(() => {
        throw new Error('A deliberate uncaught error.')
      })
    })
    await expect.poll(() => s.problems.length).toBeGreaterThan(0)
    await expect(s.close()).rejects.toThrow(/Page error: Error: A deliberate uncaught error\./)
  })

  it('lets an expected console error pass only where it is allowed, and fails an allowance never used', async () => {
    const allowedOnce = await openSession()
    allowedOnce.allowConsoleError(/A deliberate console error\./, 'this test logs it on purpose')
    await allowedOnce.page.goto('/')
    await allowedOnce.page.getByRole('heading', { level: 1 }).waitFor()
    await allowedOnce.page.evaluate(() => console.error('A deliberate console error.'))
    await expect(allowedOnce.close()).resolves.toBeUndefined()

    const unused = await openSession()
    unused.allowConsoleError(/Never logged\./, 'to prove a stale allowance fails')
    await unused.page.goto('/')
    await unused.page.getByRole('heading', { level: 1 }).waitFor()
    await expect(unused.close()).rejects.toThrow(/Allowed console error never logged: \/Never logged\\.\//)
  })

  it('passes a clean page', async () => {
    const s = await openSession()
    await s.page.goto('/')
    await s.page.getByRole('heading', { level: 1 }).waitFor()
    await expect(s.close()).resolves.toBeUndefined()
  })
})
