/**
 * A benchmark workload of ../shared/bench/README.md: our implementation, the Python peer that computes
 * the same thing, and the check that both results agree before their times are compared.
 */
export interface WorkloadResult { seconds: number; [key: string]: unknown }

export interface Workload {
  id: string;            // 'W1'
  name: string;          // 'hp-logistic-gd'
  target: number;        // target ratio ours/peer (lower is better)
  /** Our implementation; `seconds` is the compute loop only, like the peer's. */
  run(): WorkloadResult | Promise<WorkloadResult>;
  /** The peer script under shared/bench/peers/ and its arguments. */
  peer: { script: string; args?: string[] };
  /** Do the two results agree to the workload's stated digits? */
  agree(ours: WorkloadResult, peer: Record<string, unknown>): { ok: boolean; detail: string };
  /** Extra scaling rows (time against T, d, digits), run with --scaling. */
  scaling?(): Promise<string[]> | string[];
}
