// Types for stack-process.mjs, which TypeScript tests import (e2e/support.ts).
export declare const root: string;
export declare function freePort(): Promise<number>;
export declare function startStackProcess(options?: { timeoutMs?: number }): Promise<{
  demoUrl: string;
  staticUrl: string;
  simUrl: string;
  outboxUrl: string;
  stop(): Promise<void>;
}>;
