import { beforeAll, describe, expect, it } from "vitest";
import type { PyodideInterface } from "pyodide";
import { bootNodePython } from "./node-python";
import { checkReportSchema, runResultSchema, type CheckReport, type RunResult } from "./result";

/**
 * The harness in real Pyodide under Node, through the same JSON interface the
 * worker uses. Vitest runs with JSPI enabled (see vitest.config.ts), as
 * browsers do, which is what lets `asyncio.run()` work inside a Run.
 */

type HarnessApi = {
  run(request: string): Promise<string>;
  check(request: string): Promise<string>;
  destroy(): void;
};

let pyodide: PyodideInterface;

beforeAll(async () => {
  pyodide = await bootNodePython();
});

async function call(entry: "run" | "check", request: object): Promise<unknown> {
  const api = pyodide.pyimport("labharness.api") as unknown as HarnessApi;
  try {
    return JSON.parse(await api[entry](JSON.stringify(request))) as unknown;
  } finally {
    api.destroy();
  }
}

async function run(code: string, filename = "demo.py"): Promise<RunResult> {
  return runResultSchema.parse(await call("run", { code, filename }));
}

async function check(code: string, tests: string, module = "gather_demo", structure?: object[]): Promise<CheckReport> {
  const request = { module, code, tests, testsFilename: `test_${module}.py`, ...(structure ? { structure } : {}) };
  return checkReportSchema.parse(await call("check", request));
}

function outcomes(report: CheckReport): Record<string, string> {
  return Object.fromEntries(report.tests.map((t) => [t.name, t.outcome]));
}

function testNamed(report: CheckReport, name: string) {
  const found = report.tests.find((t) => t.name === name);
  if (!found) throw new Error(`no test named ${name} in ${JSON.stringify(report)}`);
  return found;
}

const lines = (...source: string[]) => `${source.join("\n")}\n`;

const GATHER = lines(
  "import asyncio",
  "",
  "async def fetch(url):",
  "    await asyncio.sleep(0.001)",
  "    if 'bad' in url:",
  "        raise ConnectionError(url)",
  "    return url.upper()",
  "",
  "async def fetch_multiple(urls):",
  "    return await asyncio.gather(*(fetch(u) for u in urls), return_exceptions=True)",
  "",
  "def total(values):",
  "    return sum(values)",
);

const GATHER_TESTS = lines(
  "import unittest",
  "import pytest",
  "from gather_demo import fetch_multiple, total",
  "",
  "@pytest.fixture",
  "def urls():",
  "    yield ['a', 'bad', 'c']",
  "",
  "@pytest.mark.asyncio",
  "async def test_order(urls):",
  "    results = await fetch_multiple(urls)",
  "    assert results[0] == 'A' and results[2] == 'C'",
  "    assert isinstance(results[1], ConnectionError)",
  "",
  "@pytest.mark.parametrize('values,expected', [([1, 2], 3), ([2, 2], 5)], ids=['small', 'off'])",
  "def test_total(values, expected):",
  "    assert total(values) == expected",
  "",
  "def test_raises():",
  "    with pytest.raises(TypeError, match='unsupported'):",
  "        total([1, 'x'])",
  "",
  "def test_lists():",
  "    assert [total([1]), 2] == [1, 3]",
  "",
  "class TotalTests(unittest.TestCase):",
  "    def setUp(self):",
  "        self.values = [4, 5]",
  "",
  "    def test_total(self):",
  "        self.assertEqual(total(self.values), 9)",
);

describe("check", () => {
  it("reports each test's outcome with the compared values", async () => {
    const report = await check(GATHER, GATHER_TESTS);
    expect(outcomes(report)).toEqual({
      test_order: "passed",
      "test_total[small]": "passed",
      "test_total[off]": "failed",
      test_raises: "passed",
      test_lists: "failed",
      "TotalTests::test_total": "passed",
    });
    expect(report.findings).toEqual([]);
    expect(testNamed(report, "test_total[off]").message).toContain("assert 4 == 5");
    expect(testNamed(report, "test_lists").message.split("\n")).toEqual([
      "assert [1, 2] == [1, 3]",
      "  left:  [1, 2] from [total([1]), 2]",
      "  right: [1, 3]",
      "  first difference at index 1: 2 != 3",
    ]);
  });

  it("cannot be fooled by printing PASSED, and keeps each test's output", async () => {
    const code = GATHER.replace("return sum(values)", "print('PASSED')\n    return 0");
    const report = await check(code, GATHER_TESTS);
    expect(testNamed(report, "test_total[small]")).toMatchObject({ outcome: "failed", output: "PASSED\n" });
  });

  it("ignores the learner's own test functions, with a note", async () => {
    const code = lines(GATHER, "def test_total():", "    assert True");
    const report = await check(code, GATHER_TESTS);
    expect(outcomes(report)["test_total[off]"]).toBe("failed");
    expect(report.findings).toEqual([
      {
        source: "harness",
        code: "learner-tests-ignored",
        severity: "informative",
        message: "Check runs the exercise's own tests; your function test_total is not one of them.",
        line: 15,
      },
    ]);
  });

  it("reports an exception while loading as a finding, with every test not run", async () => {
    const report = await check(lines("x = 1", "y = 0", "z = x / y"), GATHER_TESTS);
    expect(report.findings).toEqual([
      {
        source: "harness",
        code: "load-error",
        severity: "essential",
        message: "Your code raised ZeroDivisionError on line 3 while it was being loaded, so the tests could not run.",
        line: 3,
      },
    ]);
    expect(new Set(report.tests.map((t) => t.outcome))).toEqual(new Set(["not-run"]));
    expect(report.tests.map((t) => t.name)).toContain("TotalTests::test_total");
  });

  it("reports sys.exit() at import, and a syntax error with its line", async () => {
    const exited = await check(lines("import sys", "sys.exit(1)"), GATHER_TESTS);
    expect(exited.findings.map((f) => [f.code, f.line])).toEqual([["exit-on-import", 2]]);
    const broken = await check(lines("def total(values)", "    return 0"), GATHER_TESTS);
    expect(broken.findings.map((f) => [f.code, f.severity, f.line])).toEqual([["syntax-error", "essential", 1]]);
  });

  it("reports the exercise's structural rules beside the test results", async () => {
    const sequential = GATHER.replace(
      "return await asyncio.gather(*(fetch(u) for u in urls), return_exceptions=True)",
      "return [await fetch(u) for u in urls]",
    );
    const structure = [
      { rule: "calls", name: "asyncio.gather", function: "fetch_multiple" },
      { rule: "no-await-in-loop", function: "fetch_multiple" },
      { rule: "no-call", name: "time.sleep" },
    ];
    expect((await check(GATHER, GATHER_TESTS, "gather_demo", structure)).findings).toEqual([]);
    const report = await check(sequential, GATHER_TESTS, "gather_demo", structure);
    expect(outcomes(report)["test_total[small]"]).toBe("passed");
    expect(report.findings.map((f) => [f.source, f.code, f.severity, f.line])).toEqual([
      ["structure", "calls", "essential", 9],
      ["structure", "no-await-in-loop", "essential", 10],
    ]);
    expect(report.findings[1]?.message).toContain("Create all the coroutines first");
  });

  it("turns sys.exit() inside a test into that test's error", async () => {
    const code = GATHER.replace("return sum(values)", "import sys\n    sys.exit(2)");
    const report = await check(code, GATHER_TESTS);
    const failed = testNamed(report, "test_total[small]");
    expect(failed).toMatchObject({ outcome: "error", line: 14 });
    expect(failed.message).toContain("sys.exit(2)");
    expect(outcomes(report).test_order).toBe("passed");
  });

  it("reports errors from learner code with the learner's line", async () => {
    const code = GATHER.replace("return sum(values)", "return values[10]");
    const failed = testNamed(await check(code, GATHER_TESTS), "test_total[small]");
    expect(failed.outcome).toBe("error");
    expect(failed.line).toBe(13);
    expect(failed.message).toMatch(/^IndexError: list index out of range/);
    expect(failed.message).toContain('File "gather_demo.py", line 13, in total');
    expect(failed.message).not.toContain("test_gather_demo.py");
  });
});

/**
 * Learner code that asks the host to interrupt it, then loops forever: the
 * interrupt lands in the loop exactly as a Stop from the page would.
 */
const INTERRUPT_AND_LOOP = lines(
  "from pyodide.code import run_js",
  "run_js('globalThis.labInterrupt[0] = 2')",
  "while True:",
  "    pass",
);

describe("interrupts", () => {
  beforeAll(() => {
    const buffer = new Int32Array(new SharedArrayBuffer(4));
    (globalThis as { labInterrupt?: Int32Array }).labInterrupt = buffer;
    pyodide.setInterruptBuffer(buffer);
  });

  it("stops an endless loop in a Run", async () => {
    expect(await run(INTERRUPT_AND_LOOP)).toEqual({ outcome: "interrupted", error: null, exitCode: null });
    expect((await run(lines("x = 1"))).outcome).toBe("ok");
  });

  it("stops an endless loop in a Check, leaving the rest not run", async () => {
    const code = GATHER.replace("return sum(values)", INTERRUPT_AND_LOOP.replaceAll("\n", "\n    "));
    const report = await check(code, GATHER_TESTS);
    expect(outcomes(report)).toMatchObject({ test_order: "passed", "test_total[small]": "error", test_raises: "not-run" });
    expect(testNamed(report, "test_total[small]").message).toMatch(/^Stopped: this test ran too long/);
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([["interrupted", "essential"]]);
  });
});

describe("run", () => {
  it("runs the __main__ block and reports ok", async () => {
    const result = await run(lines('if __name__ == "__main__":', "    value = 1"));
    expect(result).toEqual({ outcome: "ok", error: null, exitCode: null });
  });

  it("trims the traceback to the learner's file and points at the right line", async () => {
    const code = lines("import json", "", "def load(text):", "    return json.loads(text)", "", "load('{oops')");
    const result = await run(code, "loader.py");
    expect(result.outcome).toBe("error");
    expect(result.error).toMatchObject({ type: "JSONDecodeError", line: 4 });
    expect(result.error?.traceback).toContain('File "loader.py", line 6, in <module>');
    expect(result.error?.traceback).toContain("return json.loads(text)");
    expect(result.error?.traceback).not.toMatch(/labharness|json\/decoder/);
  });

  it("reports a syntax error with its line", async () => {
    const result = await run(lines("x = 1", "print(x"));
    expect(result.error).toMatchObject({ type: "SyntaxError", line: 2 });
  });

  it("reports sys.exit() with its code", async () => {
    expect(await run(lines("import sys", "sys.exit(3)"))).toEqual({ outcome: "exit", error: null, exitCode: 3 });
  });

  it("starts every run with a fresh namespace", async () => {
    expect((await run(lines("leftover = 42", "import builtins", "builtins.sneaky = 1"))).outcome).toBe("ok");
    const result = await run(lines("print(leftover)"));
    expect(result.error).toMatchObject({ type: "NameError", line: 1 });
    expect((await run(lines("sneaky"))).error?.type).toBe("NameError");
  });

  it("supports asyncio.run(main()) and top-level await", async () => {
    const withRun = lines(
      "import asyncio",
      "async def main():",
      "    await asyncio.sleep(0.001)",
      "    return 7",
      "if asyncio.run(main()) != 7:",
      "    raise RuntimeError('asyncio.run gave the wrong value')",
    );
    expect(await run(withRun)).toEqual({ outcome: "ok", error: null, exitCode: null });
    const topLevel = lines("import asyncio", "await asyncio.sleep(0.001)", "raise ValueError('after await')");
    expect((await run(topLevel)).error).toMatchObject({ type: "ValueError", line: 3 });
  });
});
