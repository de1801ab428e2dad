import { describeBaseUrl } from "@scanstat/core/conformance";
import { createProjectDiscoveryClient } from "./projectdiscovery-client.js";

describeBaseUrl({
  vendor: "projectdiscovery",
  variable: "PDCP_API_SERVER",
  resolve: (baseUrl) => createProjectDiscoveryClient({ apiKey: "api-key", baseUrl }).baseUrl,
});
