package nl.samen.web;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Says, per part of the app (database, scheduler, Slack connection), whether it works; and what
 * /health shows beside the checks, e.g. the cluster (this instance and the live ones).
 */
public interface HealthCheck extends Supplier<Map<String, Boolean>> {
  /** Shown beside the checks, not judged; none by default. */
  default Map<String, Object> details() {
    return Map.of();
  }

  /** These checks with these details beside them. */
  static HealthCheck withDetails(Supplier<Map<String, Object>> details, Supplier<Map<String, Boolean>> checks) {
    return new HealthCheck() {
      @Override
      public Map<String, Boolean> get() {
        return checks.get();
      }

      @Override
      public Map<String, Object> details() {
        return details.get();
      }
    };
  }
}
