var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// dist/core/errors.js
var UserError = class extends Error {
};

export {
  __export,
  UserError
};
