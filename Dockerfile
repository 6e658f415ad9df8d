# syntax=docker/dockerfile:1
# Multi-stage build of Kehä for production (see docker-compose.yml).
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY embedded-mongo/package.json embedded-mongo/
COPY server/package.json server/
COPY e2e/package.json e2e/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/shared/package.json /app/shared/
COPY --from=build --chown=node:node /app/shared/dist /app/shared/dist
COPY --from=build --chown=node:node /app/embedded-mongo/package.json /app/embedded-mongo/
COPY --from=build --chown=node:node /app/embedded-mongo/dist /app/embedded-mongo/dist
COPY --from=build --chown=node:node /app/embedded-mongo/bin /app/embedded-mongo/bin
COPY --from=build --chown=node:node /app/server/package.json /app/server/
COPY --from=build --chown=node:node /app/server/dist /app/server/dist
COPY --from=build --chown=node:node /app/dist/client /app/dist/client
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server/dist/main.js"]
