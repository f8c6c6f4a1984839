// Names the machine a benchmark ran on, so every figure says where it came from.
import {spawnSync} from "node:child_process";
import os from "node:os";

function rVersion(): string | null {
  const probe = spawnSync("Rscript", ["-e", "cat(R.version.string)"], {encoding: "utf8"});
  return probe.error || probe.status !== 0 ? null : probe.stdout.trim();
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    r: rVersion()
  };
}
