package nl.samen.plan;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import nl.samen.network.SchoolYear;
import org.jdbi.v3.core.Jdbi;

/** A network's budget lines per school year in SQLite, in integer cents. */
public final class BudgetRepository {
  private final Jdbi jdbi;

  public BudgetRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  void add(String teamId, long networkId, SchoolYear year, BudgetLine line) {
    jdbi.useHandle(h -> h.createUpdate("""
            insert into plan_budget_line (team_id, network_id, school_year, kind, amount_cents,
                                          description, actor, at)
            values (:team, :network, :year, :kind, :cents, :description, :actor, :at)
            """)
        .bind("team", teamId).bind("network", networkId).bind("year", year.name())
        .bind("kind", line.kind().name().toLowerCase(Locale.ROOT)).bind("cents", line.amount().cents())
        .bind("description", line.description().orElse(null)).bind("actor", line.actor()).bind("at", line.at())
        .execute());
  }

  Budget budget(long networkId, SchoolYear year) {
    return new Budget(jdbi.withHandle(h -> h.createQuery("""
            select * from plan_budget_line where network_id = :network and school_year = :year order by id
            """)
        .bind("network", networkId).bind("year", year.name())
        .map((rs, ctx) -> new BudgetLine(
            BudgetLine.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
            new Money(rs.getLong("amount_cents")),
            Optional.ofNullable(rs.getString("description")),
            rs.getString("actor"),
            Instant.parse(rs.getString("at"))))
        .list()));
  }
}
