export { useMswServer } from "./use-msw-server.js";
