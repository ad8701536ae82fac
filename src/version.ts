/** The installed gdcheck's version (from its package.json), recorded with every saved counterexample. */
import { PACKAGE_VERSION } from './core/packageRoot.ts';

export const VERSION: string = PACKAGE_VERSION;
