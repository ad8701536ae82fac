/** fast-check arbitraries of datasets that satisfy the hypotheses by construction (shrinking to small exact values). */
export * from '../arbitraries/datasets.ts';
/** Extremal dataset families (narrow pairs, Ω(n), scaled pair, near-ties, duplicates, nearly collinear) and the dataset search space. */
export * from '../arbitraries/datasetFamilies.ts';
export { datasetSpace, datasetNeighbours, simplifyDataset } from '../arbitraries/datasetSpace.ts';
