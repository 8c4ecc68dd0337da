package nl.samen.schedule;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The instances of a cluster as Quartz knows them (its qrtz_scheduler_state): alive while their last
 * check-in is no older than their interval and Quartz's own grace of 7.5 s, after which the others
 * take over their wake-ups. For /health.
 */
final class ClusterMembers {
  private static final long GRACE_MILLIS = 7500;

  private final Jdbi jdbi;
  private final String scheduler;
  private final String self;
  private final Clock wallClock = Clock.systemUTC(); // Quartz checks in on the wall clock

  ClusterMembers(Jdbi jdbi, String scheduler, String self) {
    this.jdbi = jdbi;
    this.scheduler = scheduler;
    this.self = self;
  }

  /** The live instances' ids, in order. */
  List<String> alive() {
    return jdbi.withHandle(h -> h.createQuery("""
            select instance_name from qrtz_scheduler_state
            where sched_name = :scheduler and last_checkin_time + checkin_interval + :grace >= :now
            order by instance_name
            """)
        .bind("scheduler", scheduler)
        .bind("grace", GRACE_MILLIS)
        .bind("now", wallClock.millis())
        .mapTo(String.class)
        .list());
  }

  Map<String, Object> report() {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("instance", self);
    try {
      report.put("instances", alive());
    } catch (RuntimeException e) {
      report.put("instances", List.of()); // the database check reports the failure itself
    }
    return report;
  }
}
