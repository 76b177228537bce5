/**
 * `npm run lint:openapi`: builds the app in-process, writes its OpenAPI
 * document to a temporary file and lints it with Redocly CLI's recommended
 * rules. Exits non-zero when Redocly reports errors.
 */
import { buildOpenapiDocument, lintOpenapiDocument } from './openapi';

const document = await buildOpenapiDocument({ secure: false });
const run = lintOpenapiDocument(document, { inherit: true });
process.exitCode = run.status;
