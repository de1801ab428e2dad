// Where the bench imports the page schema from by path (bench/src/throughput/vendor-pipelines.ts);
// delete once it imports "packages/projectdiscovery/src/client/projectdiscovery-schemas.js".
export { projectDiscoveryScanPageSchema } from "./client/projectdiscovery-schemas.js";
