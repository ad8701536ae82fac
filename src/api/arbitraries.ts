/** fast-check arbitraries of datasets that satisfy the hypotheses by construction (shrinking to small exact values). */
export * from '../arbitraries/datasets.ts';
