import { expect, test } from "@playwright/test";
import { button, editorTextbox, EXERCISE_TITLE, openLesson, output, readExerciseFile, replaceCode } from "./lesson-page";
import { foreignRequests, recordRequests } from "./offline";

test("the course home lists the module and its lesson", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Module 2: Async/await" })).toBeVisible();
  await page.getByRole("link", { name: "Running coroutines concurrently with asyncio.gather" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Running coroutines concurrently with asyncio.gather");
});

test("the lesson renders its text, exercise and hints without exposing the hidden tests", async ({ page }) => {
  await page.goto("/learn/async-await/gather");
  await expect(page.getByRole("heading", { name: "Awaiting in a loop is sequential" })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Exercise: ${EXERCISE_TITLE}` })).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain("FakeNetwork");
  expect(html).not.toContain("test_fetches_overlap");
  await page.getByRole("button", { name: /Show a hint/ }).click();
  await expect(page.getByText("Hint 1:")).toBeVisible();
});

test("a learner types, runs, sees streamed output, checks, fixes and passes — all from our own origin", async ({
  page,
  context,
  baseURL,
}) => {
  const requests = recordRequests(context);
  await openLesson(page);

  // Typing into Monaco, then Run.
  await editorTextbox(page).focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type('print("hello from the editor")');
  await button(page, "Run").click();
  await expect(output(page)).toHaveText("hello from the editor\n");

  // Output streams while the program is still running.
  await replaceCode(
    page,
    [
      "import asyncio",
      "",
      "async def main():",
      "    for n in range(4):",
      '        print("tick", n)',
      "        await asyncio.sleep(0.6)",
      "",
      "asyncio.run(main())",
      "",
    ].join("\n"),
  );
  await button(page, "Run").click();
  await expect(output(page)).toContainText("tick 0");
  await expect(output(page)).not.toContainText("tick 3");
  await expect(output(page)).toContainText("tick 3");

  // The starter fails Check, with the compared values shown.
  await replaceCode(page, readExerciseFile("starter.py"));
  await button(page, "Check").click();
  const results = page.getByTestId("check-results");
  await expect(results).toHaveAttribute("data-passed", "false");
  await expect(results.locator('[data-test-outcome="failed"]').first()).toContainText(/assert .+ <|assert .+ ==/);

  // The reference solution passes.
  await replaceCode(page, readExerciseFile("solution.py"));
  await button(page, "Check").click();
  await expect(results).toHaveAttribute("data-passed", "true");
  await expect(results).toContainText(/All \d+ tests passed/);

  expect(foreignRequests(requests, baseURL ?? "")).toEqual([]);
});

test("a traceback is trimmed to the learner's code and its line is marked in the editor", async ({ page }) => {
  await openLesson(page);
  await replaceCode(page, ["def divide(a, b):", "    return a / b", "", "print(divide(1, 0))", ""].join("\n"));
  await button(page, "Run").click();
  await expect(output(page)).toContainText("ZeroDivisionError");
  await expect(output(page)).toContainText('line 2, in divide');
  await expect(output(page)).not.toContainText("labharness");
  await expect(page.locator(".lab-error-line")).toHaveCount(1);
});

test("input() reads a line typed into the output panel", async ({ page }) => {
  await openLesson(page);
  await replaceCode(page, 'name = input("Your name? ")\nprint("Hello,", name)\n');
  await button(page, "Run").click();
  const field = page.getByLabel("Input for your program");
  await expect(field).toBeFocused();
  await field.fill("Ada");
  await field.press("Enter");
  await expect(output(page)).toContainText("Hello, Ada");
});

test("every Run starts from a fresh namespace", async ({ page }) => {
  await openLesson(page);
  await replaceCode(page, "answer = 41\n");
  await button(page, "Run").click();
  await expect(button(page, "Run")).toBeEnabled();
  await replaceCode(page, "print(answer + 1)\n");
  await button(page, "Run").click();
  await expect(output(page)).toContainText("NameError: name 'answer' is not defined");
});
