import {
  LOAD_SECONDS,
  LoadTimeout,
  MAX_USER_FILE_BYTES,
  asyncErrorLine,
  checkUserFile,
  importUserFile,
  importWithDeadline,
  loadErrorLine,
  markLoaded
} from "../chunk-6LT5EU5C.js";
import "../chunk-RYYXEEND.js";
export {
  LOAD_SECONDS,
  LoadTimeout,
  MAX_USER_FILE_BYTES,
  asyncErrorLine,
  checkUserFile,
  importUserFile,
  importWithDeadline,
  loadErrorLine,
  markLoaded
};
