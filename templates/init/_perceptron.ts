/**
 * A helper module shared by claim files. Its name starts with '_', so `gdcheck check <folder>` never
 * imports it as a claim; claim files import it (`import { updates } from './_perceptron.ts'`). Every
 * other .ts/.js file in a claims folder must default-export a claim (a file without `export default`
 * is reported as an error row, and is not run). Put scripts and scenarios (`_scenario-<name>.ts`,
 * run by `gdcheck simulate <name>`) under '_' names too.
 */
import { data, dynamics } from 'gdcheck';

/** The measured quantity of perceptron-bound.ts: exact updates of the classical perceptron from 0, capped at `cap` (null when the cap is reached). */
export const updates = (ds: data.Dataset, cap: number) => dynamics.classicPerceptron(ds, cap).updates;
