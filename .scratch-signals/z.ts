import { z } from 'zod';
const s = z.custom<Buffer>((v) => Buffer.isBuffer(v)).meta({ type: 'string', format: 'binary', description: 'PDF bytes' });
console.log(JSON.stringify(z.toJSONSchema(s, { unrepresentable: 'any' })));
