# Rekindle: one image for SQLite (the data in the /data volume) or PostgreSQL
# (DATABASE_URL). Built with the commands the tests run: npm ci, npm run
# build, and what npm start runs.
#
#   docker build -t rekindle .
#   docker run -d -p 127.0.0.1:3000:3000 -v rekindle-data:/data \
#     -e PUBLIC_URL=https://rekindle.example.org -e TRUST_PROXY=true rekindle
#
# Settings come from the environment (README, "Configuration"); secrets can
# be given as files with DATABASE_URL_FILE, SESSION_SECRET_FILE, SMTP_URL_FILE,
# METRICS_TOKEN_FILE, OIDC_CLIENT_SECRET_FILE, VAPID_PUBLIC_KEY_FILE and
# VAPID_PRIVATE_KEY_FILE.

FROM node:22-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary fits.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build \
  && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build --chown=root:root /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# What `npm start` runs: it migrates the database, then serves; SIGTERM drains.
CMD ["node", "scripts/start.mjs"]
