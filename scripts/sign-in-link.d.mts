// Types for sign-in-link.mjs, which TypeScript tests import (e2e/support.ts).
import type { Locator } from 'playwright-core';

export declare function signInLink(button: Locator, name?: string | RegExp): Promise<Locator>;
