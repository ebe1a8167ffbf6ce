"use client";

import { useEffect, useSyncExternalStore } from "react";
import { getPythonClient } from "./browser-client";
import type { PythonClient, PythonEvent, PythonStatus } from "./client";

/** The shared client plus its live status, for React components. */
export function usePython(): { client: PythonClient; status: PythonStatus } {
  const client = getPythonClient();
  const status = useSyncExternalStore(
    (notify) => client.subscribe((event) => event.type === "status" && notify()),
    () => client.getStatus(),
    () => "booting" as const,
  );
  return { client, status };
}

/** Subscribes `listener` to the client's events for the component's lifetime. */
export function usePythonEvents(listener: (event: PythonEvent) => void): void {
  useEffect(() => getPythonClient().subscribe(listener), [listener]);
}
