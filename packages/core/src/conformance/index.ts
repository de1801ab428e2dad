export { type ConformanceSetup, type DescribeAdapterOptions, describeAdapter } from "./describe-adapter.js";
