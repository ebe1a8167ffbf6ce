import { describe, expect, it } from "vitest";
import { typeCheckInNode } from "./node-type-check";

// The seed's Workflow 3 function, before its annotations were written.
const UNANNOTATED = `def process_items(items, filter_key, default=None):
    """Process items with type-safe filtering."""
    results = []
    for item in items:
        value = item.get(filter_key, default)
        if value is not None:
            results.append(value)
    return results
`;

const ANNOTATED = `from typing import TypeVar

T = TypeVar("T")


def process_items(items: list[dict[str, T]], filter_key: str, default: T | None = None) -> list[T]:
    """Process items with type-safe filtering."""
    results: list[T] = []
    for item in items:
        value = item.get(filter_key, default)
        if value is not None:
            results.append(value)
    return results
`;

describe("typeCheckInNode", () => {
  it("reports the seed's generic function without annotations as essential type findings", async () => {
    const findings = await typeCheckInNode(UNANNOTATED);
    const codes = new Set(findings.map((f) => f.code));
    expect(codes).toContain("reportMissingParameterType");
    expect(codes).toContain("reportUnknownParameterType");
    expect(findings.every((f) => f.source === "types")).toBe(true);
    expect(findings.find((f) => f.code === "reportMissingParameterType")).toMatchObject({
      severity: "essential",
      line: 1,
    });
  });

  it("reports nothing once the function is annotated with a TypeVar", async () => {
    expect(await typeCheckInNode(ANNOTATED)).toEqual([]);
  });

  it("reports an obvious type error as essential, on its own line", async () => {
    const findings = await typeCheckInNode(`y: str = "fine"\nx: int = "a"\n`);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      source: "types",
      code: "reportAssignmentType",
      severity: "essential",
      line: 2,
      link: "/learn/type-safety/annotations",
    });
    expect(findings[0]?.message).toContain('"int"');
  });

  it("sees the stdlib from typeshed but not this machine's Python packages, as in the browser", async () => {
    // pytest is installed wherever the project's Python tests run, so this fails
    // if the CLI ever picks up the local interpreter's site-packages.
    const findings = await typeCheckInNode("import asyncio\nimport pytest\n\nprint(asyncio, pytest)\n");
    expect(findings.map((f) => [f.code, f.line])).toEqual([["reportMissingImports", 2]]);
  });
});
