/** The two-neuron model R (Smorodinsky et al. reconstruction): setting, margins, invariants, closed-form boundary, long GD runs, high-precision replay. */
export * from '../../models/twoNeuron.ts';
export * from '../../models/twoNeuronGd.ts';
export * from '../../models/twoNeuronHp.ts';
export * from '../../models/twoNeuronRuns.ts';
export * from '../../models/twoNeuronSetting.ts';
