#!/usr/bin/env node
// `rekindle <command>` (package.json "bin") and `npm run admin -- <command>`:
// the admin command (src/cli/admin.ts), run from its TypeScript source as the
// server is.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
