import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { productionNodeArgs } from "../scripts/run-compiled";
import { graphql } from "./gql";
import { startTestPlatform, type TestPlatform } from "./harness";

// No Docker engine runs on the machines that test this: the files are checked by the tools that
// read them — docker-compose for docker/compose.yaml, a real nginx for docker/nginx.conf.
const DOCKER = path.resolve(__dirname, "../../../docker");
const read = (name: string) => readFile(path.join(DOCKER, name), "utf8");

interface Service {
  image?: string;
  build?: { dockerfile: string };
  healthcheck?: { test: string[] };
  deploy?: { replicas?: number };
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
  secrets?: { source: string }[];
  volumes?: string[];
  ports?: { published: number; target: number }[];
}

function composeConfig(): {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
  secrets: Record<string, { file: string }>;
} {
  const run = (args: string[]) =>
    execFileSync("docker-compose", ["-f", path.join(DOCKER, "compose.yaml"), ...args], {
      env: { PATH: process.env.PATH, NK_ADMIN_EMAIL: "admin@example.org" },
      encoding: "utf8",
    });
  try {
    run(["config", "-q"]);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw missing ? new Error("docker-compose is not installed: apt-get install -y docker-compose (.ci/run does)") : error;
  }
  return parse(run(["config"]));
}

/** The stage of a Dockerfile: its FROM line to the next. */
function stages(dockerfile: string): string[] {
  return dockerfile.split(/^(?=FROM )/m).filter((s) => s.startsWith("FROM "));
}

describe("docker/compose.yaml", () => {
  const config = composeConfig();
  const { services } = config;

  it("runs PostgreSQL, Redis, the API and the nginx front", () => {
    expect(Object.keys(services).sort()).toEqual(["api", "postgres", "redis", "web"]);
  });

  it("keeps PostgreSQL's data in a volume and reports its health", () => {
    const postgres = services.postgres as Service;
    expect(postgres.volumes).toEqual(["pgdata:/var/lib/postgresql:rw"]);
    expect(Object.keys(config.volumes)).toEqual(["pgdata"]);
    expect(postgres.healthcheck?.test.join(" ")).toContain("pg_isready");
    expect(services.redis?.healthcheck?.test).toEqual(["CMD", "redis-cli", "ping"]);
  });

  it("runs two API replicas that start once the database and Redis are healthy", () => {
    const api = services.api as Service;
    expect(api.deploy?.replicas).toBe(2);
    expect(api.build?.dockerfile).toBe("docker/api.Dockerfile");
    expect(api.depends_on).toEqual({ postgres: { condition: "service_healthy" }, redis: { condition: "service_healthy" } });
    expect(api.environment).toMatchObject({ REDIS_URL: "redis://redis:6379", DATABASE_URL: "postgres://nk@postgres:5432/nk" });
  });

  it("gives the secrets as files, never in the environment", () => {
    const api = services.api as Service;
    expect(api.secrets?.map((s) => s.source).sort()).toEqual(["data_key", "db_password"]);
    expect(api.environment).toMatchObject({
      DATABASE_PASSWORD_FILE: "/run/secrets/db_password",
      NK_DATA_KEY_FILE: "/run/secrets/data_key",
    });
    expect(api.environment).not.toHaveProperty("NK_DATA_KEY");
    expect(services.postgres?.environment).toMatchObject({ POSTGRES_PASSWORD_FILE: "/run/secrets/db_password" });
    expect(Object.values(config.secrets).map((s) => path.relative(DOCKER, s.file))).toEqual(["secrets/data_key", "secrets/db_password"]);
  });

  it("publishes only the nginx front, once an API replica is healthy", () => {
    const published = Object.entries(services).filter(([, s]) => s.ports?.length);
    expect(published.map(([name, s]) => [name, s.ports])).toEqual([["web", [{ published: 8080, target: 8080 }]]]);
    expect(services.web?.depends_on).toEqual({ api: { condition: "service_healthy" } });
    expect(services.web?.build?.dockerfile).toBe("docker/web.Dockerfile");
  });
});

describe("docker/api.Dockerfile", () => {
  let runtime: string;
  let build: string;
  beforeAll(async () => {
    const all = stages(await read("api.Dockerfile"));
    expect(all).toHaveLength(2);
    [build, runtime] = all as [string, string];
  });

  it("builds in one stage and keeps only the compiled code and production dependencies", () => {
    expect(build).toMatch(/pnpm --filter @nk\/api build && pnpm --filter @nk\/api deploy --prod \/out/);
    expect(runtime.match(/^COPY .*$/gm)).toEqual(["COPY --from=build /out /app"]);
  });

  it("runs compiled JavaScript as the unprivileged node user, with a health check", () => {
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK [\s\S]*?CMD .*\/readyz/m);
    // The node arguments of pnpm start, exactly.
    const command = runtime.split("\n").find((line) => line.startsWith("CMD ["));
    expect(JSON.parse(command?.slice("CMD ".length) ?? "null")).toEqual(["node", ...productionNodeArgs()]);
    expect(runtime).not.toContain("swc");
  });
});

describe("docker/web.Dockerfile", () => {
  it("serves the built admin from an unprivileged nginx, with a health check", async () => {
    const [build, runtime] = stages(await read("web.Dockerfile")) as [string, string];
    expect(build).toMatch(/pnpm --filter @nk\/admin build/);
    expect(runtime).toMatch(/^FROM nginxinc\/nginx-unprivileged:/);
    expect(runtime).toContain("COPY --from=build /src/packages/admin/dist /usr/share/nginx/html");
    expect(runtime).toMatch(/^HEALTHCHECK /m);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

/** Until something answers on `port`, or the process ended. */
async function listening(port: number, child: ChildProcess): Promise<void> {
  while (child.exitCode === null) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => resolve(socket.end() && true));
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`nginx ended with ${child.exitCode}`);
}

describe("docker/nginx.conf, run by a real nginx in front of the API", () => {
  let api: TestPlatform;
  let dir: string;
  let nginx: ChildProcess;
  let front: string;
  let log = "";

  beforeAll(async () => {
    api = await startTestPlatform();
    dir = await mkdtemp(path.join(os.tmpdir(), "nk-nginx-"));
    // nginx's workers run as nobody: they must reach the files.
    await chmod(dir, 0o755);
    const html = path.join(dir, "html");
    await mkdir(path.join(html, "assets"), { recursive: true });
    await writeFile(path.join(html, "index.html"), "<!doctype html><title>NK</title>");
    await writeFile(path.join(html, "assets", "index-abc123.js"), "export {};");
    const port = await freePort();
    // The same file, with the addresses of this machine in place of the compose network's.
    const site = (await read("nginx.conf"))
      .replace(/server api:4000[^;]*;/, `server 127.0.0.1:${api.platform.port};`)
      .replace("listen 8080;", `listen 127.0.0.1:${port};`)
      .replace("/usr/share/nginx/html", html)
      .replaceAll("/etc/nginx/security-headers.conf", path.join(DOCKER, "security-headers.conf"));
    await writeFile(path.join(dir, "site.conf"), site);
    await writeFile(
      path.join(dir, "nginx.conf"),
      `pid ${dir}/nginx.pid; error_log stderr warn; daemon off; events {}
       http { include /etc/nginx/mime.types; access_log off; client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;
              include ${dir}/site.conf; }`,
    );
    nginx = spawn("nginx", ["-e", "stderr", "-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", "ignore", "pipe"] });
    nginx.stderr?.on("data", (chunk: Buffer) => {
      log += chunk.toString();
    });
    const started = new Promise<void>((resolve, reject) => {
      nginx.once("error", (error) =>
        reject(
          (error as NodeJS.ErrnoException).code === "ENOENT"
            ? new Error("nginx is not installed: apt-get install -y nginx-light (.ci/run does)")
            : error,
        ),
      );
      nginx.once("spawn", resolve);
    });
    await started;
    await listening(port, nginx).catch((error: Error) => {
      throw new Error(`${error.message}:\n${log}`);
    });
    front = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    if (nginx?.exitCode === null) {
      const ended = new Promise((resolve) => nginx.once("exit", resolve));
      nginx.kill("SIGQUIT");
      await ended;
    }
    await api?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const securityHeaders = (headers: Headers) =>
    Object.fromEntries(
      [...headers].filter(
        ([name]) =>
          !/^(date|etag|content-type|content-length|connection|keep-alive|cache-control|server|last-modified|accept-ranges|permissions-policy)/.test(
            name,
          ),
      ),
    );

  it("serves the admin with the security headers the API itself sends", async () => {
    const fromApi = await fetch(`${api.url}/healthz`);
    const page = await fetch(`${front}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>NK</title>");
    const expected = securityHeaders(fromApi.headers);
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining(["content-security-policy", "strict-transport-security", "x-frame-options"]),
    );
    expect(securityHeaders(page.headers)).toEqual(expected);
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(page.headers.get("server")).toBe("nginx");
  });

  it("answers every admin route with index.html, and built files as immutable", async () => {
    const route = await fetch(`${front}/beneficiaries/123`);
    expect(await route.text()).toContain("<title>NK</title>");
    expect(route.headers.get("content-security-policy")).toContain("script-src 'self'");
    const asset = await fetch(`${front}/assets/index-abc123.js`);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(asset.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await fetch(`${front}/assets/missing.js`)).status).toBe(404);
  });

  it("proxies /graphql and the health endpoints to the API", async () => {
    const response = await fetch(`${front}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: graphql(`query Docker__typename { __typename }`) }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown }).data).toEqual({ __typename: "Query" });
    expect(await (await fetch(`${front}/readyz`)).json()).toEqual({ status: "ok", database: "up" });
    expect(await (await fetch(`${front}/healthz`)).json()).toEqual({ status: "ok" });
  });
});
