package nl.samen.workshop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samen.meeting.MeetingLookup;
import nl.samen.slack.Texts;

/** What the workshop picker does when submitted: the same as the commands, round by round. */
final class WorkshopPicks {
  private final WorkshopService workshops;

  WorkshopPicks(WorkshopService workshops) {
    this.workshops = workshops;
  }

  /** The confirmation to show, or errors per round's block (then the modal stays open). */
  record Result(String text, Map<String, String> errors) {}

  /** Why the picker should not open for this person, as the ephemeral text to show instead. */
  Optional<String> cannotOpen(MeetingLookup.Found found, String user, Locale locale) {
    Optional<WorkshopService.Outcome> refused = workshops.refusal(found.network(), found.meeting(), user, user);
    if (refused.isPresent()) {
      return Optional.of(WorkshopOutcomes.text(refused.get(), found.meeting(), user, user, locale));
    }
    if (workshops.workshops(found.meeting()).isEmpty()) {
      return Optional.of(Texts.get(locale, "workshop.list.empty"));
    }
    return Optional.empty();
  }

  Result apply(MeetingLookup.Found found, String user, Map<Integer, Integer> picked, Locale locale) {
    List<WorkshopSeats> seats = workshops.workshops(found.meeting());
    String firstBlock = WorkshopModal.blockId(seats.isEmpty() ? 1 : seats.get(0).workshop().round());
    Optional<WorkshopService.Outcome> refused = workshops.refusal(found.network(), found.meeting(), user, user);
    if (refused.isPresent()) {
      return failed(firstBlock, refusalText(refused.get(), found, locale));
    }
    if (picked.isEmpty()) {
      return failed(firstBlock, Texts.get(locale, "workshop.modal.error.nothing"));
    }
    List<String> lines = new ArrayList<>();
    Map<String, String> errors = new LinkedHashMap<>();
    picked.forEach((round, number) -> {
      Optional<Integer> current = seats.stream()
          .filter(s -> s.workshop().round() == round && s.involves(user))
          .map(s -> s.workshop().number()).findFirst();
      if (current.equals(Optional.of(number)) || (number == WorkshopModal.NONE && current.isEmpty())) {
        return;
      }
      WorkshopService.Outcome outcome = number == WorkshopModal.NONE
          ? workshops.dropWorkshop(found.network(), found.meeting(), user, user, current.get())
          : workshops.chooseWorkshop(found.network(), found.meeting(), user, user, number);
      String error = refusalText(outcome, found, locale);
      if (error.isEmpty()) {
        lines.add(WorkshopOutcomes.text(outcome, found.meeting(), user, user, locale));
      } else {
        errors.put(WorkshopModal.blockId(round), error);
      }
    });
    if (lines.isEmpty()) {
      lines.add(Texts.get(locale, "workshop.modal.unchanged"));
    }
    return new Result(String.join("\n\n", lines), errors);
  }

  private static String refusalText(WorkshopService.Outcome outcome, MeetingLookup.Found found, Locale locale) {
    return WorkshopOutcomes.refusal(outcome, found.meeting(), locale)
        .map(r -> r.plainText(locale)).orElse("");
  }

  private static Result failed(String blockId, String message) {
    return new Result("", Map.of(blockId, message));
  }
}
