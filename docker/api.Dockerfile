# The API: compiled JavaScript and production dependencies only, run as the unprivileged `node`
# user. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t nk-api .
FROM node:20.20-bookworm-slim AS build
RUN npm install -g pnpm@12.4.2
WORKDIR /src
# Manifests first, so the dependency layer is reused until they change.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY packages/api/package.json packages/api/
COPY packages/shared/package.json packages/shared/
COPY packages/admin/package.json packages/admin/
RUN pnpm install --frozen-lockfile --filter @nk/api...
COPY packages/shared packages/shared
COPY packages/api packages/api
# dist/ and the production dependencies (with the compiled @nk/shared), nothing else.
RUN pnpm --filter @nk/api build && pnpm --filter @nk/api deploy --prod /out

FROM node:20.20-bookworm-slim
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0 NK_DEMO_DATA=false
WORKDIR /app
# Owned by root and read-only to the process: it can change no code it runs.
COPY --from=build /out /app
USER node
EXPOSE 4000
# Ready means the database answers; a replica that is not ready gets no traffic.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Production always gives DATABASE_URL: the embedded PostgreSQL is for a newcomer's laptop.
# The node arguments of pnpm start (packages/api/package.json; test/docker.test.ts keeps them equal).
CMD ["node", "--conditions=nk-compiled", "--enable-source-maps", "--max-old-space-size=1024", "dist/src/main.js"]
