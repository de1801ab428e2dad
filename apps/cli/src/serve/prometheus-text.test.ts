import { describe, expect, it } from "vitest";
import { Histogram, metricFamily } from "./prometheus-text.js";

describe("Prometheus text format", () => {
  it("escapes backslash, quote and newline in label values (vendor words may hold any)", () => {
    expect(metricFamily("x", "gauge", "help", [{ labels: { word: 'a\\b"c\nd' }, value: 1 }])).toBe(
      '# HELP x help\n# TYPE x gauge\nx{word="a\\\\b\\"c\\nd"} 1\n',
    );
  });

  it("writes a cumulative histogram with +Inf, sum and count", () => {
    const histogram = new Histogram("h", "help", [1, 10]);
    histogram.observe({ vendor: "soda" }, 0.5);
    histogram.observe({ vendor: "soda" }, 5);
    histogram.observe({ vendor: "soda" }, 50);
    expect(histogram.render()).toBe(
      [
        "# HELP h help",
        "# TYPE h histogram",
        'h_bucket{vendor="soda",le="1"} 1',
        'h_bucket{vendor="soda",le="10"} 2',
        'h_bucket{vendor="soda",le="+Inf"} 3',
        'h_sum{vendor="soda"} 55.5',
        'h_count{vendor="soda"} 3',
        "",
      ].join("\n"),
    );
  });
});
