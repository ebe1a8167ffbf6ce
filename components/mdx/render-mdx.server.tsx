import * as jsxRuntime from "react/jsx-runtime";
import { getMDXComponent } from "mdx-bundler/client/jsx";
import type { ComponentProps, ComponentType, ReactElement } from "react";

type MdxComponents = ComponentProps<ReturnType<typeof getMDXComponent>>["components"];

/**
 * Turns compiled MDX into React elements on the server, so lesson text is
 * plain HTML in the page and no MDX is evaluated in the browser.
 */
export function renderMdx(code: string, components: Record<string, ComponentType<never>> = {}): ReactElement {
  const Content = getMDXComponent(code, { _jsx_runtime: jsxRuntime });
  return <Content components={components as MdxComponents} />;
}
