import { expect, test } from "@playwright/test";
import { button, openLesson, output, replaceCode } from "./lesson-page";

test("Stop interrupts an endless loop within 2 seconds and the next Run works", async ({ page }) => {
  await openLesson(page);
  await replaceCode(page, "while True:\n    pass\n");
  await button(page, "Run").click();
  await expect(button(page, "Stop")).toBeEnabled();
  await page.waitForTimeout(500);
  await button(page, "Stop").click();
  await expect(output(page)).toContainText("Stopped.", { timeout: 2_000 });

  await replaceCode(page, 'print("running again")\n');
  await button(page, "Run").click();
  await expect(output(page)).toHaveText("running again\n");
});

test("code that swallows KeyboardInterrupt is ended by restarting Python, and the next Run works", async ({ page }) => {
  await openLesson(page);
  await replaceCode(
    page,
    ["while True:", "    try:", "        while True:", "            pass", "    except KeyboardInterrupt:", "        pass", ""].join("\n"),
  );
  await button(page, "Run").click();
  await page.waitForTimeout(500);
  await button(page, "Stop").click();
  await expect(output(page)).toContainText("did not stop when asked", { timeout: 5_000 });

  await expect(page.getByTestId("python-status")).toHaveAttribute("data-status", "ready", { timeout: 90_000 });
  await replaceCode(page, 'print("fresh interpreter")\n');
  await button(page, "Run").click();
  await expect(output(page)).toHaveText("fresh interpreter\n");
});

test("a Check that never finishes is stopped at the exercise's time limit, with a reason", async ({ page }) => {
  await openLesson(page);
  await replaceCode(page, "async def fetch_multiple(urls):\n    while True:\n        pass\n");
  await button(page, "Check").click();
  const results = page.getByTestId("check-results");
  await expect(results).toHaveAttribute("data-passed", "false", { timeout: 20_000 });
  await expect(results).toContainText("ran too long");

  await replaceCode(page, 'print("still responsive")\n');
  await button(page, "Run").click();
  await expect(output(page)).toHaveText("still responsive\n");
});
