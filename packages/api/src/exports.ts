import type express from "express";
import type { GraphQLSchema } from "graphql";
import { ReadLog } from "./core/audit";
import { authenticate } from "./core/auth/authenticate";
import { today } from "./core/clock";
import type { AppServices, RequestContext } from "./core/context";
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from "./core/db/faults";
import { ApiError } from "./core/errors";
import { checkExports, type ExportDefinition, exportLanguage, openExport } from "./core/export/csv-export";
import { Loaders } from "./core/loaders";
import { modules } from "./modules";

/** Every export the modules declare, by name. */
export const exportDefinitions: readonly ExportDefinition[] = modules.flatMap((m) => m.exports ?? []);

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404, RATE_LIMITED: 429 };

function fail(res: express.Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  res
    .status(status)
    .set("cache-control", "no-store")
    .json({ errors: [{ message, extensions: { code, ...extra } }] });
}

/**
 * `GET /exports/<list>.csv?filter=<json>&sort=<json>&lang=tg|ru|en`: the rows of a list as CSV,
 * for the staff member of the session cookie (SameSite=Strict, so another site cannot make her
 * browser send it) or a partner key. A GET that only reads (and writes its audit event).
 * `X-Total-Count` gives the number of rows before the first byte, for progress.
 */
export function exportRoute(services: AppServices, schema: GraphQLSchema): express.RequestHandler {
  checkExports(schema, exportDefinitions);
  const byName = new Map(exportDefinitions.map((e) => [e.name, e]));
  return async (req, res) => {
    const name = String(req.params.file ?? "").replace(/\.csv$/, "");
    const definition = byName.get(name);
    if (!definition) return fail(res, 404, "NOT_FOUND", `There is no export named ${name}. Exports: ${[...byName.keys()].join(", ")}.`);
    const text = (v: unknown) => (typeof v === "string" ? v : undefined);
    try {
      const { viewer } = await authenticate(services, req);
      const request = { ip: req.ip ?? "", userAgent: req.get("user-agent") ?? null };
      const ctx: RequestContext = {
        viewer,
        request,
        db: services.db,
        config: services.config,
        log: services.log,
        loaders: new Loaders(services.db),
        reads: new ReadLog({ viewer, request, db: services.db }),
      };
      const language = exportLanguage(req.query.lang, req.get("accept-language"));
      const exported = await openExport(ctx, schema, definition, { filter: text(req.query.filter), sort: text(req.query.sort), language });
      res.status(200).set({
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}-${today()}.csv"`,
        "cache-control": "no-store",
        "x-total-count": String(exported.total),
        "access-control-expose-headers": "x-total-count",
      });
      // The event is written before the last byte leaves: a download that completes was audited.
      // If she goes away mid-way the cursor is closed and the event says how far it got.
      const finish = (complete: boolean) =>
        exported.finish(complete).catch((error) => {
          services.log.error({ err: error }, "could not audit an export");
          res.destroy();
          throw error;
        });
      exported.csv.once("end", () => {
        void finish(true).then(
          () => res.end(),
          () => undefined,
        );
      });
      res.once("close", () => {
        if (res.writableFinished) return;
        exported.csv.destroy();
        void finish(false).catch(() => undefined);
      });
      exported.csv.once("error", (error) => {
        services.log.error({ err: error }, "an export failed mid-way");
        res.destroy();
      });
      exported.csv.pipe(res, { end: false });
    } catch (error) {
      if (error instanceof ApiError) {
        const code = String(error.extensions.code);
        const { code: _code, http: _http, ...extra } = error.extensions;
        return fail(res, STATUS[code] ?? 400, code, error.message, extra);
      }
      if (isDatabaseUnavailable(error)) return fail(res, 503, "SERVICE_UNAVAILABLE", SERVICE_UNAVAILABLE_MESSAGE);
      services.log.error({ err: error }, "an export could not start");
      return fail(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error.");
    }
  };
}
