import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";

export const LESSON_URL = "/learn/async-await/gather";
export const EXERCISE_TITLE = "Fetch many URLs at once";

const exerciseDir = path.join(process.cwd(), "content/02-async-await/02-gather/exercises/fetch-multiple");
export const readExerciseFile = (name: string) => readFileSync(path.join(exerciseDir, name), "utf8");

/** Reads a file of any exercise, by its folder under content/. */
export const readContent = (rel: string) => readFileSync(path.join(process.cwd(), "content", rel), "utf8");

/** Opens a lesson and waits until Python and the editors are ready. */
export async function openLesson(page: Page, url = LESSON_URL): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId("python-status").first()).toHaveAttribute("data-status", "ready", { timeout: 90_000 });
  for (const editor of await page.getByTestId("code-editor").all()) {
    await expect(editor).toHaveAttribute("data-editor-ready", "true");
  }
}

/** One exercise on the page, by id. */
export const exercise = (page: Page, id = "fetch-multiple"): Locator => page.locator(`[data-exercise="${id}"]`);

/** The editor's text box, as a keyboard user reaches it. */
export const editorTextbox = (page: Page, title = EXERCISE_TITLE) => page.getByRole("textbox", { name: `Code for ${title}` });

/**
 * Replaces an exercise's code as a paste would. Keyboard input would go
 * through Monaco's auto-indent, mangling multi-line code; the typing journeys
 * type lines for real.
 */
export async function replaceCode(page: Page, code: string, id = "fetch-multiple"): Promise<void> {
  await page.evaluate(
    ({ text, exerciseId }) => {
      type Model = { uri: { path: string }; setValue(v: string): void };
      const monaco = (window as unknown as { monaco: { editor: { getModels(): Model[] } } }).monaco;
      const model = monaco.editor.getModels().find((m) => m.uri.path.startsWith(`/exercises/${exerciseId}/`));
      if (!model) throw new Error(`no editor for exercise ${exerciseId}`);
      model.setValue(text);
    },
    { text: code, exerciseId: id },
  );
}

/** Rule codes of the markers Monaco shows in an exercise's editor. */
export async function markerCodes(page: Page, id = "fetch-multiple"): Promise<string[]> {
  return page.evaluate((exerciseId) => {
    type Marker = { resource: { path: string }; code?: string | { value: string } };
    const monaco = (window as unknown as { monaco: { editor: { getModelMarkers(filter: object): Marker[] } } }).monaco;
    return monaco.editor
      .getModelMarkers({})
      .filter((m) => m.resource.path.startsWith(`/exercises/${exerciseId}/`))
      .map((m) => (typeof m.code === "object" ? m.code.value : (m.code ?? "")));
  }, id);
}

export const output = (page: Page, id = "fetch-multiple") => exercise(page, id).getByTestId("output");
export const button = (page: Page, name: "Run" | "Check" | "Stop", id = "fetch-multiple") =>
  exercise(page, id).getByRole("toolbar", { name: "Exercise actions" }).getByRole("button", { name, exact: true });
export const checkResults = (page: Page, id = "fetch-multiple") => exercise(page, id).getByTestId("check-results");
