package nl.samen.plan;

import java.util.List;
import java.util.Optional;

/** A year's budget lines, oldest first: the latest "set" is the budget, "spend" lines add up. */
public record Budget(List<BudgetLine> lines) {
  public Budget {
    lines = List.copyOf(lines);
  }

  public Optional<Money> set() {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).kind() == BudgetLine.Kind.SET) {
        return Optional.of(lines.get(i).amount());
      }
    }
    return Optional.empty();
  }

  public List<BudgetLine> spending() {
    return lines.stream().filter(l -> l.kind() == BudgetLine.Kind.SPEND).toList();
  }

  public Money spent() {
    return spending().stream().map(BudgetLine::amount).reduce(Money.ZERO, Money::plus);
  }

  /** What is left of the budget; negative when more was spent than set. */
  public Money left() {
    return set().orElse(Money.ZERO).minus(spent());
  }
}
