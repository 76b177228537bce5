// node crop.mjs in.png out.png y height  — crops full width, rows y..y+height
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
const [input, output, y0s, hs] = process.argv.slice(2);
const ppm = execFileSync('convert', [input, 'ppm:-'], { maxBuffer: 1 << 30 });
let pos = 0; const tokens = [];
while (tokens.length < 4) {
  while (/\s/.test(String.fromCharCode(ppm[pos]))) pos++;
  let start = pos; while (!/\s/.test(String.fromCharCode(ppm[pos]))) pos++;
  tokens.push(ppm.subarray(start, pos).toString());
}
pos++;
const w = Number(tokens[1]); const h = Number(tokens[2]);
const y0 = Math.min(Number(y0s), h - 1); const hh = Math.min(Number(hs), h - y0);
const raw = Buffer.alloc((w * 3 + 1) * hh);
for (let r = 0; r < hh; r++) {
  raw[r * (w * 3 + 1)] = 0;
  ppm.copy(raw, r * (w * 3 + 1) + 1, pos + (y0 + r) * w * 3, pos + (y0 + r + 1) * w * 3);
}
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 255] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => { const len = Buffer.alloc(4); len.writeUInt32BE(data.length); const td = Buffer.concat([Buffer.from(type), data]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(hh, 4); ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
writeFileSync(output, Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
console.log(w, h, '->', hh);
