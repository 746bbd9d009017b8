# Production image. The build stage compiles the browser client (Vite) and the server (esbuild,
# scripts/build-server.mjs); the runtime stage holds only that JavaScript, the production
# dependencies and the login pages' static assets, and runs `node dist/server/main.js` as the
# unprivileged `node` user: no TypeScript loader, no npm at run time. The server writes nothing to
# its file system in production (secrets and SAML keys come from the environment), so the root
# file system can be mounted read-only (docker-compose.yml does); /data (DATA_DIR) is the one
# writable place, used only if SAML SP keys are left to be generated.
FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:24-slim
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: the only production package with one is the npm-registry Node.js that npm
# scripts use in development, and this image has its own Node.js 24 (saves ~190 MB).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force \
  && mkdir -p /data && chown node:node /data
COPY --from=build /app/dist ./dist
COPY server/auth/assets ./server/auth/assets
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
# Operator commands in the same image: docker compose exec app1 node dist/server/cli.js backup /backups/…
CMD ["node", "--enable-source-maps", "dist/server/main.js"]
