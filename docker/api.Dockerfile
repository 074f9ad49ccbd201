# The API with the built admin. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t nk-platform .
FROM node:20-bookworm-slim AS build
RUN npm install -g pnpm@12.4.2
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @nk/admin build

FROM node:20-bookworm-slim
RUN npm install -g pnpm@12.4.2
WORKDIR /app
COPY --from=build /app /app
ENV NODE_ENV=production PORT=4000 NK_DEMO_DATA=false
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# A real server is always given by DATABASE_URL here: the embedded one is for newcomers.
CMD ["node", "-r", "@swc-node/register", "packages/api/src/main.ts"]
