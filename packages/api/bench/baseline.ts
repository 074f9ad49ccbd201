// The practical limit of this stack on this machine: a plain Node HTTP handler answering Q1 (a
// page of 50 women of one community, newest first, each with her last 5 services, her community
// and district) with the same JSON as the API, from one hand-written SQL statement through `pg`.
// Started by bench/run.ts with DATABASE_URL and PORT.
import http from "node:http";
import pg from "pg";

const Q1_SQL = `
SELECT b.id, b.code, b.first_name, b.last_name, b.registered_on::text AS registered_on,
       com.name AS community, d.name AS district, s.services
  FROM beneficiary b
  JOIN community com ON com.id = b.community_id
  JOIN district d ON d.id = com.district_id
  CROSS JOIN LATERAL (
    SELECT COALESCE(json_agg(json_build_object('id', x.id, 'kind', x.kind, 'subtype', x.subtype, 'providedOn', x.provided_on, 'outcome', x.outcome)
                    ORDER BY x.provided_on DESC, x.id DESC), '[]') AS services
      FROM (SELECT id, kind, subtype, provided_on, outcome FROM service
             WHERE beneficiary_id = b.id AND archived_at IS NULL
             ORDER BY provided_on DESC, id DESC LIMIT 5) x) s
 WHERE b.community_id = $1 AND b.archived_at IS NULL AND b.erased_at IS NULL
 ORDER BY b.registered_on DESC, b.id DESC
 LIMIT $2`;

interface Row {
  id: string;
  code: string;
  first_name: string;
  last_name: string;
  registered_on: string;
  community: string;
  district: string;
  services: { id: string; kind: string; subtype: string; providedOn: string; outcome: string }[];
}

const cursor = (value: string, id: string) => Buffer.from(JSON.stringify([value, id]), "utf8").toString("base64url");

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const first = 50;

const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => {
    body += chunk.toString("utf8");
  });
  req.on("end", async () => {
    try {
      const { variables } = JSON.parse(body) as { variables: { community: string } };
      const { rows } = await pool.query<Row>(Q1_SQL, [variables.community, first + 1]);
      const edges = rows.slice(0, first).map((r) => ({
        cursor: cursor(r.registered_on, r.id),
        node: {
          id: r.id,
          code: r.code,
          firstName: r.first_name,
          lastName: r.last_name,
          registeredOn: r.registered_on,
          community: { name: r.community, district: { name: r.district } },
          services: { edges: r.services.map((node) => ({ node })) },
        },
      }));
      const page = { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null };
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ data: { beneficiaries: { pageInfo: page, edges } } }));
    } catch (error) {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
});

server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("baseline ready"));
process.on("SIGTERM", () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
