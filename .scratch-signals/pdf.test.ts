import { extractText, getDocumentProxy } from 'unpdf';
import { it } from 'vitest';
import { createTestApp } from '../tests/support/test-app';
it('prints', async () => {
  const t = await createTestApp('sqlite');
  const a = await t.signUp();
  for (const v of [6, 4, 3]) { await a.request('POST', '/api/pulse', { emotional: v, physical: v, intellectual: v, talk: v }); t.clock.advance(7*24*3600*1000); }
  await a.request('PUT', '/api/support/week', { separation: null, conflict: 'yes', needs: ['low-mood'] });
  const res = await a.request('GET', '/api/me/summary.pdf');
  const { writeFileSync } = await import('node:fs');
  writeFileSync('.scratch-signals/out.pdf', res.rawPayload);
  const pdf = await getDocumentProxy(new Uint8Array(res.rawPayload));
  console.log((await extractText(pdf, { mergePages: true })).text);
  await t.close();
});
