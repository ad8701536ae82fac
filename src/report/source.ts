import type { Provenance, Source } from '../core/claim.ts';

/**
 * "catalogue; provenance P; arXiv where", leaving out what a user's claim did not give (only
 * `where` and the provenance are required), so a report never prints "undefined".
 */
export function sourceText(source: Source, provenance: Provenance, withPaper = true): string {
  const paper = withPaper ? [source.arxiv && source.arxiv !== '-' ? source.arxiv : '', source.where ?? ''].filter(Boolean).join(' ') : '';
  return [source.catalogue && source.catalogue !== '-' ? source.catalogue : '', `provenance ${provenance}`, paper].filter(Boolean).join('; ');
}
