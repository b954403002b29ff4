/** Where the two-node test's balancer and nodes listen (E2E_NODES_PORTS="lb,node1,node2"). */
const [lb, node1, node2] = (process.env.E2E_NODES_PORTS ?? "3110,3111,3112").split(",").map(Number) as [number, number, number];
const at = (port: number) => ({ port, url: `http://127.0.0.1:${port}` });

export const NODES = {
  lb: at(lb),
  node1: at(node1),
  node2: at(node2),
  /** The balancer connects to the nodes from this loopback address: the nodes' only trusted proxy. */
  lbSource: "127.0.0.2",
};
export const nodesDatabaseSuffix = `nodes_${lb}`;
