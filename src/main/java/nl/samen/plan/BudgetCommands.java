package nl.samen.plan;

import java.util.Optional;
import nl.samen.meeting.MeetingLookup;
import nl.samen.network.Network;
import nl.samen.network.SchoolYear;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Escape;
import nl.samen.slack.Reply;
import nl.samen.slack.command.BadCommand;
import nl.samen.slack.command.CommandLine;

/** {@code plan budget [<year>]}, {@code plan budget set <amount>} and {@code plan budget spend <amount> "<what>"}. */
final class BudgetCommands {
  private final PlanService plans;
  private final MeetingLookup lookup;

  BudgetCommands(PlanService plans, MeetingLookup lookup) {
    this.plans = plans;
    this.lookup = lookup;
  }

  Reply budget(CommandRequest request) {
    CommandLine args = request.args();
    if (args.acceptKeyword("set", "vaststellen", "instellen")) {
      Money amount = PlanArgs.requireMoney(args);
      Optional<SchoolYear> year = PlanArgs.acceptSchoolYear(args);
      args.requireEnd();
      return lookup.networkHere(request, network -> {
        SchoolYear into = yearOr(year, network);
        return answer(request, plans.setBudget(network, request.userId(), into, amount),
            request.text("plan.reply.budgetSet", into.name(), amount.format(request.locale())));
      });
    }
    if (args.acceptKeyword("spend", "uitgave", "besteed")) {
      Money amount = PlanArgs.requireMoney(args);
      if (amount.cents() == 0) {
        throw new BadCommand("plan.error.zeroAmount");
      }
      String what = args.requireQuoted("plan.what.spentOn");
      Optional<SchoolYear> year = PlanArgs.acceptSchoolYear(args);
      args.requireEnd();
      return lookup.networkHere(request, network -> {
        SchoolYear into = yearOr(year, network);
        return answer(request, plans.recordSpending(network, request.userId(), into, amount, what),
            request.text("plan.reply.spent", into.name(), amount.format(request.locale()), Escape.mrkdwn(what)));
      });
    }
    Optional<SchoolYear> year = PlanArgs.acceptSchoolYear(args);
    args.requireEnd();
    return lookup.networkHere(request, network -> {
      SchoolYear shown = yearOr(year, network);
      Plan plan = plans.plan(network, shown);
      return Reply.text(request.text("plan.budget.title", shown.name()) + "\n"
          + PlanViews.budgetLines(plan.budget(), network.zone(), request.locale()));
    });
  }

  private SchoolYear yearOr(Optional<SchoolYear> year, Network network) {
    return year.orElseGet(() -> plans.currentYear(network));
  }

  private static Reply answer(CommandRequest request, PlanService.BudgetChange change, String done) {
    if (change instanceof PlanService.BudgetChange.Recorded recorded) {
      return Reply.text(done + "\n" + PlanViews.budgetSummary(recorded.budget(), request.locale()));
    }
    return Reply.refused("network.error.coordinatorsOnly");
  }
}
