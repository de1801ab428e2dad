/** Prometheus' text exposition format (version 0.0.4), the few pieces `/metrics` needs. */

export const prometheusContentType = "text/plain; version=0.0.4; charset=utf-8";

export type Labels = Readonly<Record<string, string>>;

/** Label values escape backslash, double quote and newline; vendor words may hold any of them. */
function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

function formatLabels(labels: Labels): string {
  const pairs = Object.entries(labels).map(([name, value]) => `${name}="${escapeLabelValue(value)}"`);
  return pairs.length > 0 ? `{${pairs.join(",")}}` : "";
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "+Inf";
  if (value === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(value);
}

export interface Sample {
  labels: Labels;
  value: number;
}

/** One metric family: HELP, TYPE and its samples. */
export function metricFamily(
  name: string,
  type: "gauge" | "counter",
  help: string,
  samples: readonly Sample[],
): string {
  const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`];
  for (const sample of samples) lines.push(`${name}${formatLabels(sample.labels)} ${formatValue(sample.value)}`);
  return `${lines.join("\n")}\n`;
}

/** A cumulative histogram kept per label set. */
export class Histogram {
  readonly #series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: readonly number[],
  ) {}

  observe(labels: Labels, value: number): void {
    const key = JSON.stringify(labels);
    let series = this.#series.get(key);
    if (!series) {
      series = { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 };
      this.#series.set(key, series);
    }
    this.buckets.forEach((bound, index) => {
      if (value <= bound) series.counts[index]!++;
    });
    series.sum += value;
    series.count++;
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const series of this.#series.values()) {
      this.buckets.forEach((bound, index) => {
        lines.push(
          `${this.name}_bucket${formatLabels({ ...series.labels, le: formatValue(bound) })} ${series.counts[index]}`,
        );
      });
      lines.push(`${this.name}_bucket${formatLabels({ ...series.labels, le: "+Inf" })} ${series.count}`);
      lines.push(`${this.name}_sum${formatLabels(series.labels)} ${formatValue(series.sum)}`);
      lines.push(`${this.name}_count${formatLabels(series.labels)} ${series.count}`);
    }
    return `${lines.join("\n")}\n`;
  }
}
