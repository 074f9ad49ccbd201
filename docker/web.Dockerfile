# The admin, built, served by nginx with the security headers; /graphql goes to the API replicas.
# Build from the repository root:
#   docker build -f docker/web.Dockerfile -t nk-web .
FROM node:20.20-bookworm-slim AS build
RUN npm install -g pnpm@12.4.2
WORKDIR /src
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY packages/api/package.json packages/api/
COPY packages/shared/package.json packages/shared/
COPY packages/admin/package.json packages/admin/
RUN pnpm install --frozen-lockfile --filter @nk/admin...
COPY packages/shared packages/shared
COPY packages/admin packages/admin
RUN pnpm --filter @nk/admin build

# nginx as an unprivileged user (uid 101), listening on 8080.
FROM nginxinc/nginx-unprivileged:1.27-bookworm
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY docker/security-headers.conf /etc/nginx/security-headers.conf
COPY --from=build /src/packages/admin/dist /usr/share/nginx/html
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["curl", "-fsS", "-o", "/dev/null", "http://127.0.0.1:8080/index.html"]
