/**
 * The Ruff rules the platform lints learner code for: the anti-patterns and best
 * practices of the curriculum, each with a message in plain words and the lesson
 * that teaches the fix. Every code here was checked against the installed Ruff
 * (0.16.9), which refuses unknown or removed codes when a Workspace is built.
 */

/** What a learner sees for one rule. */
export interface LintRule {
  /** What is wrong and what to do instead, in one or two sentences. */
  message: string;
  /** The lesson path that teaches the fix. */
  link: string;
}

const lesson = {
  blocking: "/learn/best-practices/anti-patterns#blocking-io",
  errors: "/learn/best-practices/anti-patterns#bare-except",
  annotations: "/learn/type-safety/annotations",
  contextManagers: "/learn/best-practices/anti-patterns#context-managers",
  secretsAndSql: "/learn/best-practices/anti-patterns#secrets-and-sql",
  modernTyping: "/learn/type-safety/annotations#modern-syntax",
} as const;

function blocking(message: string): LintRule {
  return { message, link: lesson.blocking };
}
function errors(message: string): LintRule {
  return { message, link: lesson.errors };
}
function annotations(message: string): LintRule {
  return { message, link: lesson.annotations };
}
function secretsAndSql(message: string): LintRule {
  return { message, link: lesson.secretsAndSql };
}
function modernTyping(message: string): LintRule {
  return { message, link: lesson.modernTyping };
}

/** Every rule the platform selects, by Ruff code. */
export const LINT_RULES: Readonly<Record<string, LintRule>> = {
  // Blocking calls inside `async def`: the whole event loop waits on them.
  ASYNC210: blocking(
    "This HTTP call blocks the event loop, so nothing else runs while it waits. Use an async client such as `httpx.AsyncClient` and `await` the request.",
  ),
  ASYNC212: blocking(
    "A synchronous `httpx.Client` blocks the event loop inside an async function. Use `httpx.AsyncClient` and `await` its methods.",
  ),
  ASYNC220: blocking(
    "Starting a process this way blocks the event loop. Use `await asyncio.create_subprocess_exec(...)` instead.",
  ),
  ASYNC221: blocking(
    "Running a process and waiting for it blocks the event loop. Use `await asyncio.create_subprocess_exec(...)` and `await` the process.",
  ),
  ASYNC222: blocking(
    "Waiting on a process this way blocks the event loop. Start it with `asyncio.create_subprocess_exec` and `await proc.wait()`.",
  ),
  ASYNC230: blocking(
    "Opening a file with `open()` blocks the event loop inside an async function. Move the file work into `await asyncio.to_thread(...)` or use an async file library.",
  ),
  ASYNC240: blocking(
    "`os.path` functions touch the disk and block the event loop. Run them with `await asyncio.to_thread(...)` or use an async path library.",
  ),
  ASYNC250: blocking(
    "`input()` stops the whole event loop until someone types. Read input before starting async work, or run it with `await asyncio.to_thread(input)`.",
  ),
  ASYNC251: blocking(
    "`time.sleep()` freezes the whole event loop. Use `await asyncio.sleep(...)` so other tasks keep running.",
  ),

  // Error handling that hides mistakes.
  E722: errors(
    "A bare `except:` catches everything, even Ctrl+C and typos in your code. Name the exceptions you expect, such as `except ValueError:`.",
  ),
  BLE001: errors(
    "Catching `Exception` hides bugs you did not plan for. Catch the specific exceptions you expect and let the rest propagate.",
  ),
  S110: errors(
    "`except: pass` silently swallows the error, so nobody learns it happened. Log it, handle it, or let it propagate.",
  ),
  S112: errors(
    "`except: continue` silently skips failures. Log the error or catch only the exception you expect before moving on.",
  ),

  // Missing annotations: type checkers and editors cannot help without them.
  ANN001: annotations("This parameter has no type annotation. Add one, like `name: str`, so the type checker can verify calls."),
  ANN002: annotations("`*args` has no type annotation. Annotate the type of each extra argument, like `*args: int`."),
  ANN003: annotations("`**kwargs` has no type annotation. Annotate the type of each value, like `**kwargs: str`."),
  ANN201: annotations("This function has no return type. Add one after the parameters, like `-> int`, or `-> None` if it returns nothing."),
  ANN202: annotations("This private function has no return type. Add one, like `-> int`, or `-> None` if it returns nothing."),
  ANN204: annotations(
    "This special method has no return type. `__init__` returns `-> None`; others return what they build, like `__str__(self) -> str`.",
  ),
  ANN205: annotations("This static method has no return type. Add one, like `-> int`, or `-> None` if it returns nothing."),
  ANN206: annotations("This class method has no return type. Add one, like `-> Self`, or `-> None` if it returns nothing."),
  ANN401: annotations(
    "`Any` switches type checking off for this value. Use the real type, a union, or a `TypeVar` instead.",
  ),

  SIM115: {
    message:
      "This file is opened without a `with` block, so it may never be closed if an error happens. Write `with open(...) as f:` instead.",
    link: lesson.contextManagers,
  },

  // Secrets in source code and SQL assembled from strings.
  S105: secretsAndSql(
    "This looks like a password written into the code. Read secrets from the environment, for example `os.environ[\"DB_PASSWORD\"]`.",
  ),
  S106: secretsAndSql(
    "A password is passed as a literal here. Read it from the environment or a secrets store instead of writing it in the code.",
  ),
  S107: secretsAndSql(
    "This parameter's default value looks like a password. Remove the default and pass the secret in from the environment.",
  ),
  S608: secretsAndSql(
    "This SQL is built by inserting values into a string, which allows SQL injection. Use placeholders and pass the values separately, like `execute(\"... WHERE name = ?\", (name,))`.",
  ),

  // Typing spelled the pre-3.9/3.10 way.
  UP006: modernTyping("Use the built-in type in annotations: `list[int]` instead of `List[int]`, `dict[str, int]` instead of `Dict[str, int]`."),
  UP035: modernTyping(
    "This import from `typing` is outdated. Use the built-in types (`list`, `dict`) or import from `collections.abc` instead.",
  ),
  UP007: modernTyping("Write unions with `|`: `int | str` instead of `Union[int, str]`."),
  UP045: modernTyping("Write optional types with `| None`: `int | None` instead of `Optional[int]`."),
};

/** The codes handed to Ruff's `lint.select`: exactly the rules above. */
export const LINT_SELECT: readonly string[] = Object.keys(LINT_RULES);

/** The code Ruff gives syntax errors; they are reported whatever is selected. */
export const SYNTAX_ERROR_CODE = "invalid-syntax";
