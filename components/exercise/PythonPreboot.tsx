"use client";

import { useEffect } from "react";
import { getPythonClient } from "@/lib/python/browser-client";

/** Starts Python as soon as a lesson with exercises opens, before the learner presses Run. */
export function PythonPreboot() {
  useEffect(() => {
    void getPythonClient()
      .boot()
      .catch(() => undefined);
  }, []);
  return null;
}
