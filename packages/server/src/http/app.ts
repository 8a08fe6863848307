// Builds the HTTP server: security headers, validation, problem responses, the API routes and the web app.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditTemplatesRoutes } from '../routes/audit-templates-routes.js';
import { authRoutes } from '../routes/auth-routes.js';
import { carePlanRoutes } from '../routes/care-plan-routes.js';
import { createPackRenderer } from '../pack/pack-renderer.js';
import { packRoutes } from '../routes/pack-routes.js';
import { emergencyPackRoutes } from '../routes/emergency-pack-routes.js';
import { planAttachmentsRoutes } from '../routes/plan-attachments-routes.js';
import { planAuditReportRoutes } from '../routes/plan-audit-report-routes.js';
import { planAuditRoutes } from '../routes/plan-audit-routes.js';
import { planCommentsRoutes } from '../routes/plan-comments-routes.js';
import { invitationRoutes } from '../routes/invitation-routes.js';
import { manualAuditsRoutes } from '../routes/manual-audits-routes.js';
import { peopleRoutes } from '../routes/people-routes.js';
import { personalisationRoutes } from '../routes/personalisation-routes.js';
import { qualityActionsRoutes } from '../routes/quality-actions-routes.js';
import { communicationNeedsRoutes } from '../routes/communication-needs-routes.js';
import { planAuditSettingsRoutes } from '../routes/plan-audit-settings-routes.js';
import { sectionDefinitionsRoutes } from '../routes/section-definitions-routes.js';
import { staffRoutes } from '../routes/staff-routes.js';
import { visitRecordsRoutes } from '../routes/visit-records-routes.js';
import { informationChoicesRoutes } from '../routes/information-choices-routes.js';
import { capacityRecordsRoutes } from '../routes/capacity-records-routes.js';
import { capacityRoutes } from '../routes/capacity-routes.js';
import { subjectAccessRoutes } from '../routes/subject-access-routes.js';
import { dataRequestsRoutes } from '../routes/data-requests-routes.js';
import type { AppContext } from './context.js';
import { dataRequestGrantsRoutes } from '../routes/data-request-grants-routes.js';
import { sharingRoutes } from '../routes/sharing-routes.js';
import { sharedAuthRoutes } from '../routes/shared-auth-routes.js';
import { sharedRecordRoutes } from '../routes/shared-record-routes.js';
import { abcRecordsRoutes } from '../routes/abc-records-routes.js';
import { scatterPlotRoutes } from '../routes/scatter-plot-routes.js';
import { palRoutes } from '../routes/pal-routes.js';
import { restrictiveInterventionsRoutes } from '../routes/restrictive-interventions-routes.js';
import { behaviourSupportPlanRoutes } from '../routes/behaviour-support-plan-routes.js';
import { staffTrainingRoutes } from '../routes/staff-training-routes.js';
import { behaviourSupportAuditRoutes } from '../routes/behaviour-support-audit-routes.js';
import { plannedVisitsRoutes } from '../routes/planned-visits-routes.js';
import { HttpError } from './http-error.js';
import { cacheControlFor } from './web-app-caching.js';
import { answerProblem, registerProblemHandler } from './problem-handler.js';
import { parsingSerializerCompiler } from './response-serializer.js';
import type { RouteApp } from './route-kit.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/** Fields never written to the application log: the audit log, not this log, records who saw what. */
const redactedPaths = ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers.authorization', 'res.headers["set-cookie"]'];

/** Request logs carry the path only: a query string can hold a name typed into search. */
const serializers = {
  req: (req: { method: string; url: string; id: string }) => ({ method: req.method, path: req.url.split('?')[0], reqId: req.id }),
};

export async function buildApp(
  ctx: AppContext,
  options: { logger?: boolean; logStream?: NodeJS.WritableStream } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : { level: ctx.config.logLevel, redact: redactedPaths, serializers, ...(options.logStream ? { stream: options.logStream } : {}) },
    bodyLimit: 1024 * 1024,
    trustProxy: ctx.config.behindTls,
    frameworkErrors: answerProblem,
  }).withTypeProvider<ZodTypeProvider>();
  // On shutdown the server waits for every connection to end; a response sent while closing ends its keep-alive
  // connection, or an idle client could hold a clean stop for the whole keep-alive timeout.
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) void reply.header('connection', 'close');
    return payload;
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(parsingSerializerCompiler);
  registerProblemHandler(app);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        // The offline app: its service worker and web app manifest come from Hearth itself.
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    hsts: ctx.config.behindTls ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new HttpError('rate_limited'),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Hearth API', version: ctx.version, description: 'The person-centred digital social care record.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'hearth_session' },
          // Outside readers of the shared record (the person, family, officers) sign in apart from staff.
          sharedSession: { type: 'apiKey', in: 'cookie', name: 'hearth_shared_session' },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  // A change sent from another site's page is refused before it reaches any route.
  app.addHook('onRequest', (request, _reply, done) => {
    const origin = request.headers.origin;
    const isChange = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
    if (isChange && origin !== undefined && origin !== `${request.protocol}://${request.headers.host ?? ''}`) {
      done(new HttpError('csrf', 'This request came from another site'));
      return;
    }
    done();
  });

  const routes = app as unknown as RouteApp;
  routes.hearth = ctx;
  app.get('/api/health', {
    schema: {
      tags: ['system'],
      summary: 'Whether Hearth and its database are up',
      security: [],
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'external']), version: z.string() }) },
    },
  }, async () => {
    await ctx.pool.query('SELECT 1');
    return { status: 'ok' as const, database: ctx.databaseMode, version: ctx.version };
  });
  authRoutes(routes);
  invitationRoutes(routes);
  peopleRoutes(routes);
  staffRoutes(routes);
  carePlanRoutes(routes);
  // Packs render in worker threads; onClose runs once requests in flight have finished, then stops the threads.
  const packRenderer = createPackRenderer({ threads: ctx.config.packRenderThreads, queueLimit: ctx.config.packQueueLimit });
  app.addHook('onClose', () => packRenderer.close());
  packRoutes(routes, packRenderer);
  // A whole service's packs as one PDF, prepared in the background on the same threads.
  emergencyPackRoutes(routes, packRenderer);
  planCommentsRoutes(routes);
  planAttachmentsRoutes(routes);
  planAuditRoutes(routes);
  // Audit reports render on the pack threads, so a report's PDF never holds up other requests either.
  planAuditReportRoutes(routes, packRenderer);
  // Easy-read plans render on the pack threads too.
  communicationNeedsRoutes(routes, packRenderer);
  qualityActionsRoutes(routes);
  planAuditSettingsRoutes(routes);
  auditTemplatesRoutes(routes);
  manualAuditsRoutes(routes);
  sectionDefinitionsRoutes(routes);
  personalisationRoutes(routes);
  visitRecordsRoutes(routes);
  informationChoicesRoutes(routes);
  capacityRoutes(routes);
  capacityRecordsRoutes(routes);
  abcRecordsRoutes(routes);
  scatterPlotRoutes(routes);
  palRoutes(routes);
  restrictiveInterventionsRoutes(routes);
  behaviourSupportPlanRoutes(routes);
  staffTrainingRoutes(routes);
  behaviourSupportAuditRoutes(routes);
  plannedVisitsRoutes(routes);
  subjectAccessRoutes(routes);
  dataRequestsRoutes(routes);
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  dataRequestGrantsRoutes(routes);
  sharingRoutes(routes);
  // Outside readers (the person, family, officers) sign in and read apart from staff; their PDFs render on the pack threads.
  sharedAuthRoutes(routes);
  sharedRecordRoutes(routes, packRenderer);
  await serveWebApp(app);
  return app;
}

async function serveWebApp(app: FastifyInstance): Promise<void> {
  const hasBuild = fs.existsSync(path.join(webDist, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: false,
      // The build writes brotli and gzip copies beside each text file; a browser that accepts one is sent it.
      preCompressed: true,
      setHeaders: (reply, filePath) => {
        void reply.header('cache-control', cacheControlFor(path.relative(webDist, filePath)));
      },
    });
  }
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) throw new HttpError('not_found');
    if (!hasBuild) return reply.type('text/plain').send('The web app has not been built: run `npm run build`.');
    let file: string;
    try {
      file = path.join(webDist, decodeURIComponent(request.url.split('?')[0] ?? '/'));
    } catch {
      throw new HttpError('not_found');
    }
    if (file.startsWith(webDist + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.sendFile(path.relative(webDist, file));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
