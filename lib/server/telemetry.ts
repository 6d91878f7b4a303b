// Traces and metrics over OpenTelemetry, exported (OTLP/HTTP) only when OTEL_EXPORTER_OTLP_ENDPOINT
// is set: then the plain SDK is loaded and registered, Next's own request spans go out with it, and
// the portal's metrics are recorded — request latency, job queue depth, job failures. Without the
// variable nothing is loaded and every record call below does nothing.
import { metrics, type Counter, type Histogram } from "@opentelemetry/api";

type Instruments = { latency: Histogram; jobFailures: Counter };

const holder = globalThis as unknown as {
  __bronTelemetry?: { instruments?: Instruments; shutdown?: () => Promise<void> };
};
const state = (holder.__bronTelemetry ??= {});

/** Starts the SDK once per process; returns what the shutdown handler calls to flush it. */
export async function startTelemetry(options: {
  endpoint?: string;
  queueDepth: () => Promise<number>;
}): Promise<() => Promise<void>> {
  if (!options.endpoint) return async () => undefined;
  if (state.shutdown) return state.shutdown;
  // Loaded only now: a deployment without a collector never loads the SDK.
  const [
    { OTLPTraceExporter },
    { OTLPMetricExporter },
    { resourceFromAttributes },
    { MeterProvider, PeriodicExportingMetricReader },
    { BatchSpanProcessor, NodeTracerProvider },
  ] = await Promise.all([
    import("@opentelemetry/exporter-trace-otlp-http"),
    import("@opentelemetry/exporter-metrics-otlp-http"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/sdk-metrics"),
    import("@opentelemetry/sdk-trace-node"),
  ]);
  const resource = resourceFromAttributes({ "service.name": "bron-portaal" });
  // The exporters read OTEL_EXPORTER_OTLP_ENDPOINT (and OTEL_EXPORTER_OTLP_HEADERS) themselves.
  const tracerProvider = new NodeTracerProvider({
    resource,
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  tracerProvider.register();
  const meterProvider = new MeterProvider({
    resource,
    readers: [new PeriodicExportingMetricReader({ exporter: new OTLPMetricExporter(), exportIntervalMillis: 15_000 })],
  });
  metrics.setGlobalMeterProvider(meterProvider);

  // Instruments made before the provider was set would stay no-ops: made here, after it.
  const meter = metrics.getMeter("bron-portaal");
  state.instruments = {
    latency: meter.createHistogram("http.server.request.duration", {
      unit: "s",
      description: "Duur van een HTTP-verzoek",
    }),
    jobFailures: meter.createCounter("bron.jobs.failures", {
      description: "Mislukte achtergrondtaken (ook pogingen waarna nog een volgt)",
    }),
  };
  meter
    .createObservableGauge("bron.jobs.depth", { description: "Wachtende achtergrondtaken" })
    .addCallback(async (result) => {
      result.observe(await options.queueDepth().catch(() => 0));
    });
  state.shutdown = async () => {
    state.instruments = undefined;
    await Promise.allSettled([tracerProvider.shutdown(), meterProvider.shutdown()]);
  };
  return state.shutdown;
}

export function recordRequest(seconds: number, method: string | undefined, status: number): void {
  state.instruments?.latency.record(seconds, {
    "http.request.method": method ?? "GET",
    "http.response.status_code": status,
  });
}

export function recordJobFailure(fields: Record<string, unknown>): void {
  state.instruments?.jobFailures.add(1, typeof fields.queue === "string" ? { queue: fields.queue } : {});
}
