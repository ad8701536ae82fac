import {
  recordedOptions,
  reportSweep,
  runSweepPoints
} from "./chunk-6ZLMLTCY.js";
import "./chunk-KNPGIU3N.js";
import "./chunk-2CDV4VLJ.js";
import "./chunk-MHEI33N5.js";
import "./chunk-KVEXDBCR.js";
import "./chunk-55JYQ33C.js";
import "./chunk-RB43IZ5W.js";
import "./chunk-TUWJEXOA.js";
import "./chunk-FIGVPWOE.js";
import "./chunk-2MI5EISQ.js";
import "./chunk-LVUM6PTI.js";
import "./chunk-WVPELFOJ.js";
import "./chunk-WZMLMJOQ.js";
import "./chunk-27THDAXQ.js";
import "./chunk-GAT5BCTC.js";
import "./chunk-6LT5EU5C.js";
import "./chunk-RYYXEEND.js";
export {
  recordedOptions,
  reportSweep,
  runSweepPoints
};
