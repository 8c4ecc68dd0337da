package nl.samen.reminder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samen.storage.TimeColumns;
import org.jdbi.v3.core.Jdbi;

/** What networks and people chose: each network's reminder rules, and who muted their DMs where. */
final class ReminderRuleRepository {
  private final Jdbi jdbi;

  ReminderRuleRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A rule as a network has it, with the moment it was set (the epoch for the defaults). */
  record ActiveRule(ReminderRule rule, Instant setAt) {}

  /** The rules of each network that has its own; the others use the defaults. */
  Map<Long, List<ActiveRule>> ownRules() {
    Map<Long, List<ActiveRule>> rules = new HashMap<>();
    jdbi.useHandle(h -> h.createQuery("select * from reminder_rule order by network_id, position")
        .map((rs, ctx) -> Map.entry(rs.getLong("network_id"), new ActiveRule(
            ReminderRule.fromText(rs.getString("rule")), Instant.parse(rs.getString("set_at")))))
        .forEach(e -> rules.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue())));
    return rules;
  }

  List<ActiveRule> rules(long networkId) {
    List<ActiveRule> own = jdbi.withHandle(h -> h.createQuery(
            "select rule, set_at from reminder_rule where network_id = :network order by position")
        .bind("network", networkId)
        .map((rs, ctx) -> new ActiveRule(ReminderRule.fromText(rs.getString("rule")),
            Instant.parse(rs.getString("set_at"))))
        .list());
    return own.isEmpty() ? defaults() : own;
  }

  static List<ActiveRule> defaults() {
    return ReminderRule.DEFAULTS.stream().map(r -> new ActiveRule(r, Instant.EPOCH)).toList();
  }

  /** Replaces a network's rules; a rule it already had keeps the moment it was first set. */
  void replaceRules(String teamId, long networkId, List<ReminderRule> rules, String by, Instant now) {
    jdbi.useTransaction(h -> {
      Map<String, String> kept = new HashMap<>();
      h.createQuery("select rule, set_at from reminder_rule where network_id = :network")
          .bind("network", networkId)
          .map((rs, ctx) -> Map.entry(rs.getString("rule"), rs.getString("set_at")))
          .forEach(e -> kept.put(e.getKey(), e.getValue()));
      h.createUpdate("delete from reminder_rule where network_id = :network").bind("network", networkId).execute();
      for (int i = 0; i < rules.size(); i++) {
        String text = rules.get(i).text();
        h.createUpdate("""
                insert into reminder_rule (team_id, network_id, position, rule, set_by, set_at)
                values (:team, :network, :position, :rule, :by, :at)
                """)
            .bind("team", teamId)
            .bind("network", networkId)
            .bind("position", i)
            .bind("rule", text)
            .bind("by", by)
            .bind("at", kept.getOrDefault(text, TimeColumns.instant(now)))
            .execute();
      }
    });
  }

  Set<String> muted(long networkId) {
    return new HashSet<>(jdbi.withHandle(h -> h.createQuery(
            "select user_id from reminder_mute where network_id = :network")
        .bind("network", networkId)
        .mapTo(String.class)
        .list()));
  }

  /** Mutes or unmutes; says whether anything changed. */
  boolean setMuted(String teamId, long networkId, String userId, boolean muted, Instant now) {
    return jdbi.withHandle(h -> (muted
        ? h.createUpdate("""
              insert into reminder_mute (team_id, network_id, user_id, muted_at)
              values (:team, :network, :user, :now)
              on conflict do nothing
              """).bind("team", teamId).bind("now", now)
        : h.createUpdate("delete from reminder_mute where network_id = :network and user_id = :user"))
        .bind("network", networkId)
        .bind("user", userId)
        .execute() == 1);
  }

  Optional<Instant> mutedSince(long networkId, String userId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select muted_at from reminder_mute where network_id = :network and user_id = :user")
        .bind("network", networkId)
        .bind("user", userId)
        .mapTo(Instant.class)
        .findOne());
  }
}
