package nl.samen;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import nl.samen.slack.SlackGateway;
import nl.samen.slack.outbox.OutboxDepth;
import nl.samen.storage.Database;

/**
 * The app's meters, served at {@code GET /metrics} in Prometheus' text format. Made here and handed
 * to those who count (the command router, the reminder job); what the database knows (the outbox's
 * depth) is read only when scraped. Services stay free of it.
 */
final class Metering implements AutoCloseable {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();

  Metering() {
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  PrometheusMeterRegistry registry() {
    return registry;
  }

  /** The pool's use (both databases run on a Hikari pool) and the outbox's depth. */
  void watch(Database database, Clock wallClock) {
    database.meterPool(registry);
    OutboxDepth depth = new OutboxDepth(database.jdbi(), wallClock);
    // A gauge holds what it reads only weakly: without a strong reference the first GC turns it into NaN.
    Gauge.builder("samen.outbox.pending", depth, OutboxDepth::pending)
        .description("Messages waiting in the outbox").strongReference(true).register(registry);
    Gauge.builder("samen.outbox.oldest.pending", depth, d -> d.oldestPendingAge().toMillis() / 1000.0)
        .description("How long the oldest waiting message has waited").baseUnit("seconds").strongReference(true)
        .register(registry);
  }

  /** Every failed Web API call, by method and status (HTTP code, Slack's error, timeout). */
  void watch(SlackGateway gateway) {
    gateway.onFailure((method, status) -> Counter.builder("samen.slack.api.errors")
        .description("Web API calls to Slack that failed")
        .tag("method", method).tag("status", status)
        .register(registry).increment());
  }

  String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
