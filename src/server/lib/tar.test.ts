import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTar, TarError, writeTar } from './tar';

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

/** Re-chunks bytes into pieces of `size`, as a network or gunzip stream would. */
async function* pieces(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function entriesOf(bytes: Buffer, chunk = 700) {
  const out: { name: string; mode: number; text: string }[] = [];
  for await (const entry of readTar(pieces(bytes, chunk))) {
    out.push({
      name: entry.name,
      mode: entry.mode,
      text: (await collect(entry.body())).toString(),
    });
  }
  return out;
}

const files = [
  { name: 'manifest.json', text: '{"a":1}' },
  { name: 'empty', text: '' },
  { name: 'exact-block', text: 'x'.repeat(512) },
  { name: 'longer-é', text: 'y'.repeat(1500) },
];

describe('tar', () => {
  it('reads back what it wrote, however the bytes are chunked', async () => {
    const archive = await collect(
      writeTar(
        files.map((f) => ({
          name: f.name,
          size: Buffer.byteLength(f.text),
          mode: 0o600,
          body: Buffer.from(f.text),
        })),
      ),
    );
    expect(archive.length % 512).toBe(0);
    for (const chunk of [1, 511, 4096]) {
      expect(await entriesOf(archive, chunk)).toEqual(
        files.map((f) => ({ name: f.name, mode: 0o600, text: f.text })),
      );
    }
  });

  it('writes archives GNU tar lists and extracts, and reads what GNU tar writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tar-'));
    const archive = await collect(
      writeTar(
        files.map((f) => ({
          name: f.name,
          size: Buffer.byteLength(f.text),
          body: Buffer.from(f.text),
        })),
      ),
    );
    writeFileSync(join(dir, 'ours.tar'), archive);
    const listed = execFileSync('tar', ['-tf', join(dir, 'ours.tar')], { encoding: 'utf8' });
    expect(listed.trim().split('\n')).toEqual(files.map((f) => f.name));
    execFileSync('tar', ['-xf', join(dir, 'ours.tar'), '-C', dir]);
    expect(readFileSync(join(dir, 'longer-é'), 'utf8')).toBe(files[3]?.text);

    // A pax archive with a name longer than ustar's 100 bytes.
    const long = `${'n'.repeat(120)}.txt`;
    writeFileSync(join(dir, long), 'long name');
    writeFileSync(join(dir, 'plain'), 'plain');
    execFileSync('tar', ['--format=pax', '-cf', join(dir, 'theirs.tar'), '-C', dir, long, 'plain']);
    const theirs = await entriesOf(readFileSync(join(dir, 'theirs.tar')));
    expect(theirs.map((e) => [e.name, e.text])).toEqual([
      [long, 'long name'],
      ['plain', 'plain'],
    ]);
  });

  it('keeps names longer than 100 bytes in a pax record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tar-'));
    const name = `rekindle/${'deep/'.repeat(30)}file.ts`;
    const archive = await collect(writeTar([{ name, size: 2, body: Buffer.from('ok') }]));
    expect((await entriesOf(archive)).map((e) => [e.name, e.text])).toEqual([[name, 'ok']]);
    writeFileSync(join(dir, 'long.tar'), archive);
    expect(execFileSync('tar', ['-tf', join(dir, 'long.tar')], { encoding: 'utf8' }).trim()).toBe(
      name,
    );
  });

  it('skips what the reader leaves unread', async () => {
    const archive = await collect(
      writeTar(
        files.map((f) => ({
          name: f.name,
          size: Buffer.byteLength(f.text),
          body: Buffer.from(f.text),
        })),
      ),
    );
    const names: string[] = [];
    for await (const entry of readTar(pieces(archive, 100))) {
      names.push(entry.name);
      if (entry.name === 'longer-é') {
        for await (const part of entry.body()) {
          expect(part.length).toBeGreaterThan(0);
          break;
        }
      }
    }
    expect(names).toEqual(files.map((f) => f.name));
  });

  it('refuses unsafe names, wrong sizes, damage and a cut-short archive', async () => {
    await expect(
      collect(writeTar([{ name: '../etc/passwd', size: 1, body: Buffer.from('x') }])),
    ).rejects.toThrow(TarError);
    await expect(
      collect(writeTar([{ name: 'a', size: 2, body: Buffer.from('x') }])),
    ).rejects.toThrow(/shrank/);
    const archive = await collect(writeTar([{ name: 'a', size: 3, body: Buffer.from('abc') }]));
    const damaged = Buffer.from(archive);
    damaged[10] = 0x41;
    await expect(entriesOf(damaged)).rejects.toThrow(/damaged/);
    await expect(entriesOf(archive.subarray(0, 512 + 2))).rejects.toThrow(/cut short/);
  });
});
