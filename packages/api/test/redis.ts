import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import net from "node:net";

/** Whether a Redis answers PING at `port` on this machine. */
function answersPing(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.setTimeout(500);
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (d) => {
      resolve(d.toString().startsWith("+PONG"));
      socket.destroy();
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      resolve(false);
      socket.destroy();
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** A private `redis-server` that keeps nothing on disk, when the binary is installed. */
async function startRedisServer(): Promise<{ url: string; child: ChildProcess } | undefined> {
  if (spawnSync("redis-server", ["--version"]).status !== 0) return undefined;
  const port = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  });
  for (let i = 0; i < 100 && child.exitCode === null; i++) {
    if (await answersPing(port)) return { url: `redis://127.0.0.1:${port}`, child };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill("SIGTERM");
  return undefined;
}

/**
 * Redis for the test run: NK_TEST_REDIS_URL, the one on the standard local port, or one started
 * for the run (then `child` is set); undefined only where none answers and none can be started.
 */
export async function provideRedis(): Promise<{ url: string; child?: ChildProcess } | undefined> {
  if (process.env.NK_TEST_REDIS_URL) return { url: process.env.NK_TEST_REDIS_URL };
  if (await answersPing(6379)) return { url: "redis://127.0.0.1:6379" };
  return startRedisServer();
}
