import { features } from '../src/server/app';
for (const f of features) if (typeof f.routes !== 'function') console.log('bad', f.id, f.routes);
console.log('checked', features.length);
