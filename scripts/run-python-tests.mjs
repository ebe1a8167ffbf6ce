// Runs the harness's CPython tests with whichever python3 has pytest and
// pytest-asyncio: the one on PATH, else Debian's (python3-pytest,
// python3-pytest-asyncio), which .ci/run installs.
import { spawnSync } from "node:child_process";

const candidates = ["python3", "/usr/bin/python3"];
const python = candidates.find((exe) => spawnSync(exe, ["-c", "import pytest, pytest_asyncio"]).status === 0);
if (!python) {
  console.error("No python3 with pytest and pytest-asyncio. Install them: apt-get install -y python3-pytest python3-pytest-asyncio");
  process.exit(1);
}
const result = spawnSync(python, ["-m", "pytest", "lib/checker/py", "-q"], { stdio: "inherit" });
process.exit(result.status ?? 1);
