// The production server's entry: `node --require tsx/cjs server.cjs` (see server.cts). Node runs a main file
// it does not know (.cts) through its ES module loader, which tsx's require hook does not reach; this one line
// goes through require.
require("./server.cts");
