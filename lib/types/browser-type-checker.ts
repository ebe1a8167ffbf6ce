import { TypeChecker } from "./type-check-client";

let shared: TypeChecker | null = null;

/**
 * The page's one type checker, created on first use: only lessons whose
 * exercises ask for type checks ever download basedpyright.
 */
export function getTypeChecker(): TypeChecker {
  shared ??= new TypeChecker();
  return shared;
}
