"use client";

import { useEffect } from "react";
import { EARLY_WORKER_SCRIPT, getPythonClient } from "@/lib/python/browser-client";

/**
 * Starts Python as soon as a lesson with exercises opens. On a fresh page load
 * the inline script creates the worker while the HTML is still parsing, so
 * Pyodide downloads alongside the page's scripts; the client adopts that
 * worker when it boots. After client-side navigation the script does not run
 * and the client simply creates the worker itself.
 */
export function PythonPreboot() {
  useEffect(() => {
    void getPythonClient()
      .boot()
      .catch(() => undefined);
  }, []);
  return <script dangerouslySetInnerHTML={{ __html: EARLY_WORKER_SCRIPT }} />;
}
