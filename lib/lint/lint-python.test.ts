import { describe, it, expect, beforeAll } from "vitest";
import type { Finding } from "../checker/result";
import { lintFindings, ruffLinter, ruffSettings, type RuffLinter } from "./lint-python";
import { LINT_RULES, LINT_SELECT } from "./lint-rules";
import { createNodeLinter } from "./ruff-node";

// The real Ruff, not a double: a rule renamed or removed upstream must fail here.
let linter: RuffLinter;
beforeAll(async () => {
  linter = await createNodeLinter();
});

function lint(code: string, required: string[] = []): Finding[] {
  return lintFindings(linter.check(code), { required });
}

function codes(code: string): string[] {
  return lint(code).map((f) => f.code);
}

const py = (lines: string[]): string => lines.join("\n") + "\n";

// Each case: code showing the anti-pattern, the same code fixed, and the rules
// the bad version must raise. The fixed version must raise nothing at all.
const families: { name: string; bad: string; good: string; expected: string[] }[] = [
  {
    name: "blocking HTTP call in async code",
    bad: py([
      "import requests",
      "",
      "",
      "async def fetch(url: str) -> int:",
      "    return requests.get(url).status_code",
    ]),
    good: py([
      "import httpx",
      "",
      "",
      "async def fetch(url: str) -> int:",
      "    async with httpx.AsyncClient() as client:",
      "        response = await client.get(url)",
      "    return response.status_code",
    ]),
    expected: ["ASYNC210"],
  },
  {
    name: "time.sleep in async code",
    bad: py(["import time", "", "", "async def pause() -> None:", "    time.sleep(1)"]),
    good: py(["import asyncio", "", "", "async def pause() -> None:", "    await asyncio.sleep(1)"]),
    expected: ["ASYNC251"],
  },
  {
    name: "open() in async code",
    bad: py([
      "async def read(path: str) -> str:",
      "    with open(path) as f:",
      "        return f.read()",
    ]),
    good: py([
      "import asyncio",
      "from pathlib import Path",
      "",
      "",
      "async def read(path: str) -> str:",
      "    return await asyncio.to_thread(Path(path).read_text)",
    ]),
    expected: ["ASYNC230"],
  },
  {
    name: "bare except",
    bad: py(["def parse(text: str) -> int:", "    try:", "        return int(text)", "    except:", "        return 0"]),
    good: py([
      "def parse(text: str) -> int:",
      "    try:",
      "        return int(text)",
      "    except ValueError:",
      "        return 0",
    ]),
    expected: ["E722"],
  },
  {
    name: "blind except that passes",
    bad: py([
      "def save(data: dict[str, int]) -> None:",
      "    try:",
      "        store(data)",
      "    except Exception:",
      "        pass",
    ]),
    good: py([
      "import logging",
      "",
      "",
      "def save(data: dict[str, int]) -> None:",
      "    try:",
      "        store(data)",
      "    except OSError:",
      '        logging.exception("could not save")',
      "        raise",
    ]),
    expected: ["BLE001", "S110"],
  },
  {
    name: "missing annotations",
    bad: py([
      "def total(prices):",
      "    return sum(prices)",
      "",
      "",
      "def _half(x: float):",
      "    return x / 2",
      "",
      "",
      "class Cart:",
      "    def __init__(self):",
      "        self.items = []",
    ]),
    good: py([
      "def total(prices: list[float]) -> float:",
      "    return sum(prices)",
      "",
      "",
      "def _half(x: float) -> float:",
      "    return x / 2",
      "",
      "",
      "class Cart:",
      "    def __init__(self) -> None:",
      "        self.items: list[str] = []",
    ]),
    expected: ["ANN001", "ANN201", "ANN202", "ANN204"],
  },
  {
    name: "file opened without a context manager",
    bad: py(["def first_line(path: str) -> str:", "    f = open(path)", "    line = f.readline()", "    f.close()", "    return line"]),
    good: py(["def first_line(path: str) -> str:", "    with open(path) as f:", "        return f.readline()"]),
    expected: ["SIM115"],
  },
  {
    name: "hard-coded secrets",
    bad: py([
      'password = "hunter2"',
      'client = connect(user="app", password="hunter2")',
      "",
      "",
      'def login(user: str, password: str = "hunter2") -> None:',
      "    connect(user=user, password=password)",
    ]),
    good: py([
      "import os",
      "",
      'password = os.environ["DB_PASSWORD"]',
      'client = connect(user="app", password=password)',
      "",
      "",
      "def login(user: str, password: str) -> None:",
      "    connect(user=user, password=password)",
    ]),
    expected: ["S105", "S106", "S107"],
  },
  {
    name: "SQL built from a string",
    bad: py(["def find(cursor: Cursor, name: str) -> None:", '    cursor.execute(f"SELECT * FROM users WHERE name = \'{name}\'")']),
    good: py(["def find(cursor: Cursor, name: str) -> None:", '    cursor.execute("SELECT * FROM users WHERE name = ?", (name,))']),
    expected: ["S608"],
  },
  {
    name: "outdated typing",
    bad: py([
      "from typing import List, Optional",
      "",
      "",
      "def evens(numbers: List[int], limit: Optional[int]) -> List[int]:",
      "    return [n for n in numbers if n % 2 == 0][:limit]",
    ]),
    good: py([
      "def evens(numbers: list[int], limit: int | None) -> list[int]:",
      "    return [n for n in numbers if n % 2 == 0][:limit]",
    ]),
    expected: ["UP035", "UP006", "UP045"],
  },
];

describe("lint rules", () => {
  it("selects every rule that has a message, and nothing else", () => {
    expect(new Set(ruffSettings().lint.select)).toEqual(new Set(Object.keys(LINT_RULES)));
    expect(LINT_SELECT.length).toBeGreaterThan(20);
  });

  it("are all known to this Ruff, which refuses unknown codes", async () => {
    const { Workspace, PositionEncoding } = await import("@astral-sh/ruff-wasm-nodejs");
    expect(() => new Workspace(ruffSettings(), PositionEncoding.Utf16)).not.toThrow();
    // The check above means something only if Ruff really does refuse a bad code.
    const bogus = { ...ruffSettings(), lint: { select: ["ASYNC299"] } };
    expect(() => new Workspace(bogus, PositionEncoding.Utf16)).toThrow(/ASYNC299/);
  });

  it("give every rule a lesson link and a message of its own", () => {
    for (const [code, rule] of Object.entries(LINT_RULES)) {
      expect(rule.link, code).toMatch(/^\/learn\//);
      expect(rule.message.length, code).toBeGreaterThan(30);
    }
  });
});

describe.each(families)("$name", ({ bad, good, expected }) => {
  it("is found in the anti-pattern", () => {
    expect(codes(bad)).toEqual(expect.arrayContaining(expected));
  });

  it("is not found once fixed", () => {
    expect(codes(good)).toEqual([]);
  });

  it("is explained in plain words with a lesson link", () => {
    for (const finding of lint(bad).filter((f) => expected.includes(f.code))) {
      const rule = LINT_RULES[finding.code];
      expect(finding).toMatchObject({ source: "lint", severity: "actionable", message: rule?.message, link: rule?.link });
    }
  });
});

describe("lintFindings", () => {
  const mixed = py([
    "import time", // 1
    "", // 2
    "", // 3
    "async def job(n):", // 4: ANN001, ANN201
    "    time.sleep(n)", // 5: ASYNC251
    "    try:", // 6
    "        return n", // 7
    "    except:", // 8: E722, S110
    "        pass", // 9
  ]);

  it("reports the line each problem is on, in line order", () => {
    const lines = Object.fromEntries(lint(mixed).map((f) => [f.code, f.line]));
    expect(lines).toEqual({ ANN001: 4, ANN201: 4, ASYNC251: 5, E722: 8, S110: 8 });
    const order = lint(mixed).map((f) => f.line);
    expect(order).toEqual([...order].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it("makes required rules essential and leaves the rest actionable", () => {
    const severity = Object.fromEntries(lint(mixed, ["E722", "ASYNC251"]).map((f) => [f.code, f.severity]));
    expect(severity).toEqual({
      ANN001: "actionable",
      ANN201: "actionable",
      ASYNC251: "essential",
      E722: "essential",
      S110: "actionable",
    });
  });

  it("treats a required prefix as every rule it starts", () => {
    const severity = Object.fromEntries(lint(mixed, ["ANN", "ASYNC2"]).map((f) => [f.code, f.severity]));
    expect(severity).toMatchObject({ ANN001: "essential", ANN201: "essential", ASYNC251: "essential", E722: "actionable" });
  });

  it("keeps Ruff's message and code for a rule the table does not know, as informative", async () => {
    const { Workspace, PositionEncoding } = await import("@astral-sh/ruff-wasm-nodejs");
    const settings = { ...ruffSettings(), lint: { select: [...LINT_SELECT, "F401"] } };
    const wider = ruffLinter(new Workspace(settings, PositionEncoding.Utf16));
    const [unused] = lintFindings(wider.check("import os\n"), { required: [] });
    expect(unused).toEqual({
      source: "lint",
      code: "F401",
      severity: "informative",
      message: expect.stringMatching(/`os` imported but unused.*\(Ruff F401\)$/),
      line: 1,
    });
    const [required] = lintFindings(wider.check("import os\n"), { required: ["F"] });
    expect(required?.severity).toBe("essential");
  });

  it("reports a syntax error as essential, on its line, with Ruff's explanation", () => {
    const findings = lint(py(["def greet(name: str) -> str:", '    return "hi " +', "", 'print(greet("x"))']));
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding).toMatchObject({ code: "invalid-syntax", severity: "essential" });
      expect(finding.message).toMatch(/^Syntax error: .+/);
    }
    expect(findings[0]?.line).toBe(2);
  });

  it("reports syntax newer than the supported Python as a syntax error", () => {
    const findings = lint(py(["try:", "    pass", "except ValueError, TypeError:", "    raise"]));
    expect(findings).toEqual([
      expect.objectContaining({ code: "invalid-syntax", severity: "essential", line: 3 }),
    ]);
  });
});

describe("suppression comments", () => {
  const bare = (comment: string): string =>
    py(["def parse(text: str) -> int:", "    try:", "        return int(text)", `    except:${comment}`, "        return 0"]);

  it.each(["  # noqa", "  # noqa: E722", "  #NOQA:E722"])("cannot hide a finding with %j", (comment) => {
    expect(codes(bare(comment))).toEqual(["E722"]);
  });

  it.each(["# ruff: noqa\n", "# ruff: noqa: E722\n", "# flake8: noqa\n", "# ruff: disable[E722]\n"])(
    "cannot hide a whole file's findings with %j",
    (header) => {
      const findings = lint(header + bare(""));
      expect(findings.map((f) => [f.code, f.line])).toEqual([["E722", 5]]);
    },
  );
});
