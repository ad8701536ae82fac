/** Data families of the acceleration reconstruction (Tyurin 2512.11587), one namespace each, and the search over them. */
export * as scaledPair from '../families/scaledPair.ts';
export * as meanDirection from '../families/meanDirection.ts';
export * as accelerationCounts from '../families/accelerationCounts.ts';
export * as orthogonalDistractors from '../families/orthogonalDistractors.ts';
export * as search from '../families/search.ts';
