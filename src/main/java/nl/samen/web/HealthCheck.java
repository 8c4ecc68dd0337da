package nl.samen.web;

import java.util.Map;
import java.util.function.Supplier;

/** Says, per part of the app (database, scheduler, Slack connection), whether it works. */
public interface HealthCheck extends Supplier<Map<String, Boolean>> {}
