# The feedback receiver (services/feedback/) as a container, on Node 24 LTS, which runs its
# TypeScript directly (type stripping): no build step. Build from the repository's root, since the
# receiver shares src/shared/ with the site:
#   docker build -f deploy/feedback.Dockerfile -t fk-faq-feedback .
#   docker run -p 8787:8787 -v feedback-data:/data -e FEEDBACK_ORIGINS=https://faq.forsakringskassan.se \
#     -e FEEDBACK_EXPORT_TOKEN=… -v /srv/faq/dist:/site:ro -e FEEDBACK_SITE_DIR=/site fk-faq-feedback
FROM node:24-bookworm-slim AS dependencies
WORKDIR /app/services/feedback
COPY services/feedback/package.json services/feedback/package-lock.json ./
# better-sqlite3 downloads its prebuilt binary for this Node, or compiles it with these.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
  && npm ci --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    FEEDBACK_HOST=0.0.0.0 \
    FEEDBACK_PORT=8787 \
    FEEDBACK_DATABASE=/data/feedback.sqlite
WORKDIR /app
# The root package.json says the TypeScript is ES modules; nothing else of the site is needed.
COPY package.json ./
COPY src/shared ./src/shared
COPY services/feedback/package.json ./services/feedback/
COPY services/feedback/src ./services/feedback/src
COPY --from=dependencies /app/services/feedback/node_modules ./services/feedback/node_modules
RUN mkdir /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=3s \
  CMD node -e "fetch('http://127.0.0.1:8787/ready').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# SIGTERM: the receiver answers the requests in flight, closes the database, and exits.
STOPSIGNAL SIGTERM
CMD ["node", "services/feedback/src/main.ts"]
