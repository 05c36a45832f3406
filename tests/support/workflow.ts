// Reads a GitHub Actions workflow file as the shape the workflow tests assert on.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

export interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

export interface Job {
  needs?: string | string[];
  if?: string;
  steps: Step[];
  permissions?: Record<string, string>;
}

export interface Workflow {
  on: { pull_request?: { types?: string[] } | null; push?: { branches?: string[] } };
  jobs: Record<string, Job>;
}

export function readWorkflow(file: string): Workflow {
  return parse(readFileSync(file, "utf8")) as Workflow;
}
