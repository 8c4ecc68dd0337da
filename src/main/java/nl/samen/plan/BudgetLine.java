package nl.samen.plan;

import java.time.Instant;
import java.util.Optional;

/** One line of a year's budget: the budget set, or an amount spent on something. */
public record BudgetLine(Kind kind, Money amount, Optional<String> description, String actor, Instant at) {
  public enum Kind {
    SET,
    SPEND
  }
}
