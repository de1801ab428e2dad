// The floor of the chosen stack: a fresh node process that loads ky and GETs each URL once
// (Node's fetch, no retries), as `scanstat status` does for the same URLs.
import ky from "ky";

for (const url of process.argv.slice(2)) {
  await ky.get(url, { retry: 0, throwHttpErrors: false }).text();
}
