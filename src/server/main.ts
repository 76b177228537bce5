/** Starts Rekindle: reads config, opens and migrates the database, listens, drains on SIGTERM. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../content/load';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/database';
import { migrateToLatest } from './db/migrate';
import { systemClock } from './lib/clock';
import { scheduleMaintenance } from './maintenance';
import { listenForMetrics, type MetricsListener } from './metrics-listener';
import { createLocalEventBus, createPostgresEventBus } from './plugins/events';
import { resolvePushKeys } from './push-keys';
import { resolveSessionSecret } from './session-secret';

async function main(): Promise<void> {
  const config = loadConfig();
  const operatorResources = join(config.dataDir, 'support-resources.yaml');
  const catalog = loadCatalog(undefined, {
    supportResourcesFile: existsSync(operatorResources) ? operatorResources : undefined,
  });
  const database = openDatabase({
    databaseUrl: config.databaseUrl,
    sqliteFile: join(config.dataDir, 'rekindle.db'),
    poolSize: config.dbPoolSize,
  });
  await migrateToLatest(database.db);
  const bus = database.postgres
    ? await createPostgresEventBus(database.postgres.connectionString)
    : createLocalEventBus();
  const sessionSecret = await resolveSessionSecret(config, database);
  const pushKeys = await resolvePushKeys(config, database);
  const app = await buildApp({
    config: { ...config, sessionSecret },
    database,
    catalog,
    bus,
    defaultMetrics: true,
    push: { keys: pushKeys, subject: config.vapidSubject },
  });
  const stopMaintenance = scheduleMaintenance(database.db, systemClock, (error) =>
    app.log.error({ err: error }, 'maintenance failed'),
  );

  let metrics: MetricsListener | undefined;
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: draining requests');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      stopMaintenance();
      await metrics?.close();
      await app.close();
      await bus.close();
      await database.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  if (config.metricsListen) {
    try {
      metrics = await listenForMetrics(app.metricsRegistry, config.metricsListen);
      app.log.info(
        { metrics: `http://${config.metricsListen.host}:${metrics.port}/metrics` },
        'metrics are served here',
      );
    } catch (error) {
      // Metrics are for the operator; the app serves people without them.
      app.log.warn({ err: error }, 'the metrics listener could not start (METRICS_PORT)');
    }
  }
  app.log.info({ url: config.publicUrl, database: database.dialect }, 'Rekindle is ready');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Rekindle could not start: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
  }
  process.exit(1);
});
