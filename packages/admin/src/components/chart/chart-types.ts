/** One series of a chart: its label (already translated) and one value per label of the x axis. */
export interface ChartSeries {
  label: string;
  values: ReadonlyArray<number | null>;
}

export interface ChartProps {
  kind: "bar" | "line";
  /** What the chart shows, for screen readers and as the caption of its data table. */
  title: string;
  labels: readonly string[];
  series: readonly ChartSeries[];
}
