import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

export const LESSON_URL = "/learn/async-await/gather";
export const EXERCISE_TITLE = "Fetch many URLs at once";

const exerciseDir = path.join(process.cwd(), "content/02-async-await/02-gather/exercises/fetch-multiple");
export const readExerciseFile = (name: string) => readFileSync(path.join(exerciseDir, name), "utf8");

/** Opens the gather lesson and waits until Python and the editor are ready. */
export async function openLesson(page: Page): Promise<void> {
  await page.goto(LESSON_URL);
  await expect(page.getByTestId("python-status")).toHaveAttribute("data-status", "ready", { timeout: 90_000 });
  await expect(page.getByTestId("code-editor")).toHaveAttribute("data-editor-ready", "true");
}

/** Replaces the editor's content the way a learner would: select all, then type or paste. */
export async function replaceCode(page: Page, code: string): Promise<void> {
  const editor = page.getByRole("textbox", { name: `Code for ${EXERCISE_TITLE}` });
  await editor.focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  // insertText behaves like a paste: no auto-indent or auto-closing brackets.
  await page.keyboard.insertText(code);
}

export const output = (page: Page) => page.getByTestId("output");
export const button = (page: Page, name: "Run" | "Check" | "Stop") =>
  page.getByRole("toolbar", { name: "Exercise actions" }).getByRole("button", { name, exact: true });
