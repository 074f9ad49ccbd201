// Sums a V8 CPU profile (node --cpu-prof) by where the time was spent: per package (or the
// project's own folder) and per function, self time only. Used by bench/run.ts --profile.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package a script belongs to (`typeorm`, `graphql` …), `node:` internals, or the project's folder. */
function placeOf(url: string): string {
  if (!url) return "(native / garbage collection / idle)";
  if (url.startsWith("node:")) return "node internals";
  const modules = url.lastIndexOf("/node_modules/");
  if (modules >= 0) {
    const [scope, name] = url.slice(modules + 14).split("/");
    return scope?.startsWith("@") ? `${scope}/${name}` : (scope ?? url);
  }
  const own = /packages\/api\/(?:dist\/)?(src\/[^/]+(?:\/[^/]+)?)/.exec(url);
  return own?.[1] ?? url;
}

export function summarise(file: string, top = 12): string[] {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const places = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    if (!node || node.callFrame.functionName === "(idle)") return;
    total += dt;
    const place = placeOf(node.callFrame.url);
    places.set(place, (places.get(place) ?? 0) + dt);
    const fn = `${node.callFrame.functionName || "(anonymous)"} (${place})`;
    functions.set(fn, (functions.get(fn) ?? 0) + dt);
  });
  const share = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);
  return [`busy CPU ${(total / 1000).toFixed(0)} ms, self time by place:`, ...share(places), "by function:", ...share(functions)];
}
