# syntax=docker/dockerfile:1
# BRON-portaal: a multi-stage build. `runtime` serves Next's standalone output as a non-root user;
# `migrate` (full dependencies: tsx and Prisma's WASM schema engine) applies the migrations and loads
# the reference data — never demo data — before the app instances start (compose.yaml).
# Not built in this repository's CI; see README "Containers".

FROM node:24-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
COPY package.json package-lock.json .npmrc ./
COPY scripts/generate-client.mjs scripts/generate-client.mjs
COPY prisma prisma
COPY prisma.config.ts ./
RUN npm ci

FROM deps AS build
COPY . .
RUN BUILD_STANDALONE=1 npm run build

FROM build AS migrate
RUN chown -R node:node /app
USER node
CMD ["sh", "-c", "npm run db:deploy && npm run db:seed"]

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 \
    NEXT_MANUAL_SIG_HANDLE=true
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
# /api/ready compares the applied migrations with these.
COPY --from=build --chown=node:node /app/prisma/migrations ./prisma/migrations
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s CMD ["node", "-e", "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The same refusal as start:prod: production never runs on the embedded database.
CMD ["sh", "-c", "if [ -z \"$DATABASE_URL\" ]; then echo 'DATABASE_URL ontbreekt: in productie draait de portal op PostgreSQL.' >&2; exit 1; fi; exec node --max-semi-space-size=32 server.js"]
