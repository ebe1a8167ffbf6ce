import { expect, test } from "@playwright/test";
import { button, checkResults, editorTextbox, exercise, markerCodes, openLesson, readContent, replaceCode } from "./lesson-page";
import { foreignRequests, recordRequests } from "./offline";

test("typing a bare except shows a lint marker with its rule while the learner types", async ({ page, context, baseURL }) => {
  const requests = recordRequests(context);
  await openLesson(page);
  await replaceCode(page, "try:\n    print(1)\n");
  // The except clause is typed for real, from the empty last line; Monaco
  // indents the line after the colon by itself.
  await editorTextbox(page).focus();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("except:\npass");
  await expect.poll(() => markerCodes(page)).toContain("E722");
  await expect(exercise(page).locator(".squiggly-warning, .squiggly-error").first()).toBeVisible();
  expect(foreignRequests(requests, baseURL ?? "")).toEqual([]);
});

test("Check fails with the lint reason and passes once the except is specific", async ({ page, context, baseURL }) => {
  const requests = recordRequests(context);
  const id = "specific-except";
  await openLesson(page, "/learn/best-practices/anti-patterns");
  await replaceCode(page, readContent(`05-best-practices/01-anti-patterns/exercises/${id}/starter.py`), id);
  await button(page, "Check", id).click();
  const results = checkResults(page, id);
  await expect(results).toHaveAttribute("data-passed", "false");
  await expect(results.locator('[data-finding="E722"]')).toContainText("Must fix");

  await replaceCode(page, readContent(`05-best-practices/01-anti-patterns/exercises/${id}/solution.py`), id);
  await button(page, "Check", id).click();
  await expect(results).toHaveAttribute("data-passed", "true");
  expect(foreignRequests(requests, baseURL ?? "")).toEqual([]);
});

test("a type error shows in the editor and in the check result of the typing lesson", async ({ page, context, baseURL }) => {
  const requests = recordRequests(context);
  const id = "generic-process-items";
  await openLesson(page, "/learn/type-safety/annotations");
  const solution = readContent(`03-type-safety/01-annotations/exercises/${id}/solution.py`);
  await replaceCode(page, `${solution}\n\ncount: int = "three"\n`, id);
  await expect.poll(() => markerCodes(page, id), { timeout: 60_000 }).toContain("reportAssignmentType");

  await button(page, "Check", id).click();
  const results = checkResults(page, id);
  await expect(results).toHaveAttribute("data-passed", "false");
  await expect(results.locator('[data-finding="reportAssignmentType"]')).toBeVisible();

  await replaceCode(page, solution, id);
  await button(page, "Check", id).click();
  await expect(results).toHaveAttribute("data-passed", "true");
  expect(foreignRequests(requests, baseURL ?? "")).toEqual([]);
});
