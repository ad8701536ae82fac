/** The two-neuron model R (Smorodinsky et al. reconstruction): margins, invariants, closed-form boundary, GD and its high-precision replay. (The setting R and its long runs live beside the smorodinsky2026 claims.) */
export * from '../../models/twoNeuron.ts';
export * from '../../models/twoNeuronGd.ts';
export * from '../../models/twoNeuronHp.ts';
