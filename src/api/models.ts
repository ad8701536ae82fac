/** Models, one namespace each: the linear logistic model, MLPs, NTK two-layer nets, two-layer nets with homogeneous activations, the two-neuron model R, exact ReLU margins. */
export * as linearLogistic from '../models/linearLogistic.ts';
export * as mlp from './models/mlp.ts';
export * as ntk from './models/ntk.ts';
export * as reluMargin from './models/reluMargin.ts';
export * as twoLayer from './models/twoLayer.ts';
export * as twoNeuron from './models/twoNeuron.ts';
