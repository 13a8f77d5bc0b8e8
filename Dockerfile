# Node 24 LTS in production; the service also runs on Node >= 20.19.
FROM node:24-slim AS build
WORKDIR /app
COPY . .
RUN npm ci && npx turbo run build && npm prune --omit=dev

FROM node:24-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
USER node
EXPOSE 8080
CMD ["node", "apps/api/dist/main.js"]
