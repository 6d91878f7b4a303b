// Public API of the bekostiging (funding) rules: pure functions over plain data.
export * from "./types";
export * from "./dates";
export * from "./compare";
export * from "./reference";
export * from "./mbo";
export * from "./po";
export * from "./diploma";
export * from "./assess";
export * from "./correctiefactor";
export * from "./codes";
