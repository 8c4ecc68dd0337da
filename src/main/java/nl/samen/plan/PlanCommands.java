package nl.samen.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.samen.event.Events;
import nl.samen.event.SamenEvent;
import nl.samen.meeting.MeetingLookup;
import nl.samen.network.Network;
import nl.samen.network.SchoolYear;
import nl.samen.slack.CommandRequest;
import nl.samen.slack.Escape;
import nl.samen.slack.Refusal;
import nl.samen.slack.Reply;
import nl.samen.slack.Subcommand;
import nl.samen.slack.command.CommandLine;

/**
 * {@code plan} ({@code jaarplan}) and its parts: the year at a glance, goals, activities, progress,
 * done and drop, outcomes; budget and report are handed to their own handlers.
 */
final class PlanCommands {
  private final PlanService plans;
  private final MeetingLookup lookup;
  private final Events events;
  private final BudgetCommands budget;
  private final Function<CommandRequest, Reply> report;

  public PlanCommands(PlanService plans, MeetingLookup lookup, Events events,
      Function<CommandRequest, Reply> report) {
    this.plans = plans;
    this.lookup = lookup;
    this.events = events;
    this.budget = new BudgetCommands(plans, lookup);
    this.report = report;
  }

  public List<Subcommand> subcommands() {
    return List.of(Subcommand.of("plan.usage.plan", this::plan, "plan", "jaarplan"));
  }

  private Reply plan(CommandRequest request) {
    CommandLine args = request.args();
    if (args.acceptKeyword("goal", "doel")) {
      return addGoal(request);
    } else if (args.acceptKeyword("activity", "activiteit")) {
      return addActivity(request);
    } else if (args.acceptKeyword("progress", "voortgang")) {
      return progress(request);
    } else if (args.acceptKeyword("done", "klaar")) {
      return close(request, true);
    } else if (args.acceptKeyword("drop", "schrappen")) {
      return close(request, false);
    } else if (args.acceptKeyword("outcome", "opbrengst")) {
      return outcome(request);
    } else if (args.acceptKeyword("budget", "begroting")) {
      return budget.budget(request);
    } else if (args.acceptKeyword("report", "verantwoording")) {
      return report.apply(request);
    }
    Optional<SchoolYear> year = PlanArgs.acceptSchoolYear(args);
    args.requireEnd();
    return lookup.networkHere(request, network -> {
      Plan plan = plans.plan(network, year.orElseGet(() -> plans.currentYear(network)));
      return Reply.blocks(request.text("plan.view.fallback", plan.year().name()),
          PlanViews.plan(network, plan, request.locale()));
    });
  }

  private Reply addGoal(CommandRequest request) {
    CommandLine args = request.args();
    args.requireKeyword("plan.what.add", "add", "toevoegen", "nieuw");
    String title = args.requireQuoted("plan.what.goal");
    Optional<SchoolYear> year = PlanArgs.acceptSchoolYear(args);
    args.requireEnd();
    return lookup.networkHere(request, network -> {
      PlanService.Adding result = plans.addGoal(network, request.userId(),
          year.orElseGet(() -> plans.currentYear(network)), title);
      if (result instanceof PlanService.Adding.GoalAdded added) {
        return Reply.text(request.text("plan.reply.goalAdded", added.goal().number(), Escape.mrkdwn(title),
            added.goal().year().name()));
      }
      return Reply.refused(refusal(result));
    });
  }

  private Reply addActivity(CommandRequest request) {
    CommandLine args = request.args();
    args.requireKeyword("plan.what.add", "add", "toevoegen", "nieuw");
    int goal = (int) args.requireNumber("plan.what.goalNumber");
    String title = args.requireQuoted("plan.what.activity");
    Optional<LocalDate> due = Optional.empty();
    Optional<Long> meeting = Optional.empty();
    Optional<String> owner = Optional.empty();
    while (!args.atEnd()) {
      if (due.isEmpty() && args.acceptKeyword("due", "voor", "tot")) {
        due = Optional.of(args.requireDate());
      } else if (meeting.isEmpty() && args.acceptKeyword("meeting", "bijeenkomst", "vergadering")) {
        meeting = Optional.of(args.requireNumber("plan.what.meetingNumber"));
      } else if (owner.isEmpty() && args.acceptKeyword("owner", "eigenaar")) {
        owner = Optional.of(args.requireMention());
      } else {
        args.requireEnd(); // names what was not understood, e.g. an option given twice
      }
    }
    ActivityDraft draft = new ActivityDraft(goal, title, due, meeting, owner);
    return lookup.networkHere(request, network -> lookup.outsider(network, draft.owner().stream().toList())
        .map(Reply::refused).orElseGet(() -> addActivity(request, network, draft)));
  }

  private Reply addActivity(CommandRequest request, Network network, ActivityDraft draft) {
    PlanService.Adding result = plans.addActivity(network, request.userId(), draft);
    if (result instanceof PlanService.Adding.ActivityAdded added) {
      draft.owner().ifPresent(o -> events.publish(new SamenEvent.UserDataChanged(request.teamId(), o)));
      return Reply.text(request.text("plan.reply.activityAdded", added.activity().number(),
          Escape.mrkdwn(draft.title()), added.goal().number(), Escape.mrkdwn(added.goal().title()))
          + PlanViews.activityDetails(added.activity(), request.locale()));
    }
    return Reply.refused(refusal(result));
  }

  private Reply progress(CommandRequest request) {
    CommandLine args = request.args();
    int number = (int) args.requireNumber("plan.what.activityNumber");
    int percent = PlanArgs.requirePercent(args);
    Optional<String> note = args.acceptQuoted("plan.what.note");
    args.requireEnd();
    return lookup.networkHere(request, network -> answer(request,
        plans.recordProgress(network, request.userId(), number, percent, note), "plan.reply.progress"));
  }

  private Reply close(CommandRequest request, boolean done) {
    CommandLine args = request.args();
    int number = (int) args.requireNumber("plan.what.activityNumber");
    Optional<String> note = args.acceptQuoted("plan.what.note");
    args.requireEnd();
    return lookup.networkHere(request, network -> done
        ? answer(request, plans.markDone(network, request.userId(), number, note), "plan.reply.done")
        : answer(request, plans.markDropped(network, request.userId(), number, note), "plan.reply.dropped"));
  }

  private Reply outcome(CommandRequest request) {
    CommandLine args = request.args();
    int number = (int) args.requireNumber("plan.what.activityNumber");
    String outcome = args.requireQuoted("plan.what.outcome");
    args.requireEnd();
    return lookup.networkHere(request, network -> answer(request,
        plans.recordOutcome(network, request.userId(), number, outcome), "plan.reply.outcome"));
  }

  private Reply answer(CommandRequest request, PlanService.Change change, String key) {
    if (change instanceof PlanService.Change.Recorded recorded) {
      Activity activity = recorded.activity().activity();
      events.publish(new SamenEvent.UserDataChanged(request.teamId(), request.userId()));
      activity.owner().filter(o -> !o.equals(request.userId()))
          .ifPresent(o -> events.publish(new SamenEvent.UserDataChanged(request.teamId(), o)));
      return Reply.text(request.text(key, activity.number(), Escape.mrkdwn(activity.title()),
          PlanTexts.progressBar(recorded.activity().progress())));
    }
    if (change instanceof PlanService.Change.NoSuchActivity missing) {
      return Reply.refused("plan.error.noSuchActivity", "#" + missing.number());
    }
    if (change instanceof PlanService.Change.AlreadyClosed closed) {
      return Reply.refused(closed.activity().status() == TrackedActivity.Status.DONE
          ? "plan.error.alreadyDone" : "plan.error.alreadyDropped", "#" + closed.activity().activity().number());
    }
    return Reply.refused("plan.error.coordinatorOrOwner");
  }

  private static Refusal refusal(PlanService.Adding result) {
    if (result instanceof PlanService.Adding.NoSuchGoal missing) {
      return Refusal.of("plan.error.noSuchGoal", "#" + missing.number());
    }
    if (result instanceof PlanService.Adding.DueOutsideYear outside) {
      return Refusal.of("plan.error.dueOutsideYear", outside.year().name());
    }
    if (result instanceof PlanService.Adding.NoSuchMeeting missing) {
      return Refusal.of("meeting.error.noSuchMeeting", "#" + missing.id());
    }
    return Refusal.of("network.error.coordinatorsOnly");
  }
}
