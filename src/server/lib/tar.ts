/**
 * A small streaming tar (POSIX ustar, with pax records for sizes of 8 GiB and
 * more) for flat archives: regular files side by side, no directories. The
 * backup archive (src/cli/backup.ts) and the server's own source (/source)
 * are written with it; `tar -tzf` lists both.
 */

const BLOCK = 512;
/** The largest size an 11-digit octal ustar field holds. */
const USTAR_MAX_SIZE = 8 ** 11 - 1;

export interface TarFile {
  /** A plain path: no leading slash, no `..`. */
  name: string;
  size: number;
  /** Unix permission bits; 0o644 when absent. */
  mode?: number;
  mtime?: Date;
  body: Buffer | AsyncIterable<Buffer>;
}

export interface TarEntry {
  name: string;
  size: number;
  mode: number;
  /** The entry's bytes; read them (or not) before asking for the next entry. */
  body(): AsyncGenerator<Buffer>;
}

export class TarError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TarError';
  }
}

function writeString(block: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, 'utf8');
  if (bytes.length > length) throw new TarError(`"${value}" is too long for a tar header`);
  bytes.copy(block, offset);
}

function writeOctal(block: Buffer, offset: number, length: number, value: number): void {
  writeString(block, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

function checksum(block: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i += 1) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  return sum;
}

function header(name: string, size: number, mode: number, mtime: Date, type: '0' | 'x'): Buffer {
  const block = Buffer.alloc(BLOCK);
  writeString(block, 0, 100, name);
  writeOctal(block, 100, 8, mode & 0o7777);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, size > USTAR_MAX_SIZE ? 0 : size);
  writeOctal(block, 136, 12, Math.max(0, Math.floor(mtime.getTime() / 1000)));
  block.write(type, 156, 'latin1');
  block.write('ustar\0', 257, 'latin1');
  block.write('00', 263, 'latin1');
  writeString(block, 148, 8, `${checksum(block).toString(8).padStart(6, '0')}\0 `);
  return block;
}

/** One pax record, `<length> <key>=<value>\n`, whose length counts itself. */
function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(rest) + 1;
  while (String(length).length + Buffer.byteLength(rest) !== length) length += 1;
  return `${length}${rest}`;
}

function padding(size: number): Buffer {
  const rest = size % BLOCK;
  return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest);
}

/** The ustar name field of an entry whose full name is in a pax record: its last 100 bytes at most. */
function shortName(name: string): string {
  let short = name;
  while (Buffer.byteLength(short) > 100) short = short.slice(1);
  return short;
}

function checkName(name: string): void {
  if (name === '' || name.startsWith('/') || name.split('/').includes('..')) {
    throw new TarError(`"${name}" is not a plain relative name`);
  }
}

/** The archive's bytes, file after file; a body must have exactly `size` bytes. */
export async function* writeTar(
  files: Iterable<TarFile> | AsyncIterable<TarFile>,
): AsyncGenerator<Buffer> {
  for await (const file of files) {
    checkName(file.name);
    const mode = file.mode ?? 0o644;
    const mtime = file.mtime ?? new Date();
    const longName = Buffer.byteLength(file.name) > 100;
    const records = [
      ...(longName ? [paxRecord('path', file.name)] : []),
      ...(file.size > USTAR_MAX_SIZE ? [paxRecord('size', String(file.size))] : []),
    ];
    if (records.length > 0) {
      const pax = Buffer.from(records.join(''));
      yield header('PaxHeader', pax.length, 0o644, mtime, 'x');
      yield pax;
      yield padding(pax.length);
    }
    yield header(longName ? shortName(file.name) : file.name, file.size, mode, mtime, '0');
    let written = 0;
    const chunks = Buffer.isBuffer(file.body) ? [file.body] : file.body;
    for await (const chunk of chunks) {
      written += chunk.length;
      if (written > file.size) throw new TarError(`${file.name} grew while it was archived`);
      yield chunk;
    }
    if (written !== file.size) throw new TarError(`${file.name} shrank while it was archived`);
    yield padding(file.size);
  }
  yield Buffer.alloc(BLOCK * 2);
}

/** Reads exact byte counts from a stream of chunks of any size. */
class ByteReader {
  private chunks: Buffer[] = [];
  private buffered = 0;
  private ended = false;
  private readonly source: AsyncIterator<Buffer>;

  constructor(source: AsyncIterable<Buffer>) {
    this.source = source[Symbol.asyncIterator]();
  }

  private async pull(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.source.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    return true;
  }

  private take(length: number): Buffer {
    const all = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks);
    const taken = all.subarray(0, length);
    const rest = all.subarray(length);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    return taken;
  }

  /** Exactly `length` bytes, or null when the stream ends first. */
  async read(length: number): Promise<Buffer | null> {
    while (this.buffered < length) if (!(await this.pull())) return null;
    return this.take(length);
  }

  /** `length` bytes as they arrive. */
  async *stream(length: number): AsyncGenerator<Buffer> {
    let left = length;
    while (left > 0) {
      if (this.buffered === 0 && !(await this.pull()))
        throw new TarError('the archive is cut short');
      const part = this.take(Math.min(left, this.buffered));
      left -= part.length;
      yield part;
    }
  }
}

function readString(block: Buffer, offset: number, length: number): string {
  const field = block.subarray(offset, offset + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('utf8');
}

function readOctal(block: Buffer, offset: number, length: number): number {
  const text = readString(block, offset, length).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw new TarError('the archive has a damaged header');
  return Number.parseInt(text, 8);
}

function parsePax(text: string): Map<string, string> {
  const records = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^\d+ ([^=]+)=(.*)$/s.exec(line);
    if (match?.[1] && match[2] !== undefined) records.set(match[1], match[2]);
  }
  return records;
}

/** The regular files of an archive, in order. Directories and links are refused. */
export async function* readTar(source: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
  const reader = new ByteReader(source);
  let pax = new Map<string, string>();
  for (;;) {
    const block = await reader.read(BLOCK);
    if (!block) throw new TarError('the archive is cut short');
    if (block.every((byte) => byte === 0)) return;
    if (readOctal(block, 148, 8) !== checksum(block)) {
      throw new TarError('the archive has a damaged header');
    }
    const type = String.fromCharCode(block[156] ?? 0);
    const prefix = readString(block, 345, 155);
    const plainName = readString(block, 0, 100);
    let name = prefix ? `${prefix}/${plainName}` : plainName;
    let size = readOctal(block, 124, 12);
    const mode = readOctal(block, 100, 8);
    if (type === 'x' || type === 'g') {
      const body = await reader.read(size + padding(size).length);
      if (!body) throw new TarError('the archive is cut short');
      if (type === 'x') pax = parsePax(body.subarray(0, size).toString('utf8'));
      continue;
    }
    if (type !== '0' && type !== '\0') {
      throw new TarError(`the archive holds "${name}", which is not a plain file`);
    }
    const paxSize = pax.get('size');
    if (paxSize !== undefined) size = Number(paxSize);
    name = pax.get('path') ?? name;
    pax = new Map();
    checkName(name);
    let unread = size;
    let started = false;
    yield {
      name,
      size,
      mode,
      body: async function* () {
        if (started) throw new TarError(`${name} was read already`);
        started = true;
        for await (const part of reader.stream(unread)) {
          unread -= part.length;
          yield part;
        }
      },
    };
    // Whatever the reader left of this entry is skipped.
    for await (const part of reader.stream(unread)) unread -= part.length;
    const rest = padding(size).length;
    if (rest > 0 && !(await reader.read(rest))) throw new TarError('the archive is cut short');
  }
}
