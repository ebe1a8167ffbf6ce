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

/** The editor's text box, as a keyboard user reaches it. */
export const editorTextbox = (page: Page) => page.getByRole("textbox", { name: `Code for ${EXERCISE_TITLE}` });

/**
 * Replaces the editor's content as a paste would. Keyboard input would go
 * through Monaco's auto-indent, mangling multi-line code; the typing journey
 * types a line for real.
 */
export async function replaceCode(page: Page, code: string): Promise<void> {
  await page.evaluate((text) => {
    const monaco = (window as unknown as { monaco: { editor: { getModels(): { setValue(v: string): void }[] } } }).monaco;
    const [model] = monaco.editor.getModels();
    if (!model) throw new Error("no editor model");
    model.setValue(text);
  }, code);
}

export const output = (page: Page) => page.getByTestId("output");
export const button = (page: Page, name: "Run" | "Check" | "Stop") =>
  page.getByRole("toolbar", { name: "Exercise actions" }).getByRole("button", { name, exact: true });
