// Runs the harness's CPython tests with whichever python3 has pytest:
// the one on PATH, else Debian's (python3-pytest), which .ci/run installs.
import { spawnSync } from "node:child_process";

const candidates = ["python3", "/usr/bin/python3"];
const python = candidates.find((exe) => spawnSync(exe, ["-c", "import pytest"]).status === 0);
if (!python) {
  console.error("No python3 with pytest found. Install it: apt-get install -y python3-pytest");
  process.exit(1);
}
const result = spawnSync(python, ["-m", "pytest", "lib/checker/py", "-q"], { stdio: "inherit" });
process.exit(result.status ?? 1);
