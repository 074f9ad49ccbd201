import net from "node:net";

/** Redis for this test: NK_TEST_REDIS_URL, or one answering on the standard local port. */
export async function findRedis(): Promise<string | undefined> {
  if (process.env.NK_TEST_REDIS_URL) return process.env.NK_TEST_REDIS_URL;
  const answers = await new Promise<boolean>((resolve) => {
    const socket = net.connect(6379, "127.0.0.1");
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
  return answers ? "redis://127.0.0.1:6379" : undefined;
}
