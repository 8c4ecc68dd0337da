package nl.samen.playground;

import static nl.samen.playground.Workspace.ANOUK;
import static nl.samen.playground.Workspace.BRAM;
import static nl.samen.playground.Workspace.FATIMA;
import static nl.samen.playground.Workspace.HANNAH;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samen.testing.Await;
import nl.samen.testing.MutableClock;

/**
 * A meeting of a week ago that four members rated afterwards, so that the coordinator's App Home,
 * {@code /samen evaluatie} and the annual report have a score to show. Samen takes no meeting in the
 * past, so the playground's clock is set back while it is typed and clicked, and then put back.
 */
final class SeedEvaluation {
  static final String TITLE = "Terugblik: rekenbeleid op onze scholen";
  private static final List<Person> RATERS = List.of(ANOUK, BRAM, FATIMA, HANNAH);
  private static final List<Integer> SCORES = List.of(4, 5, 3, 4);
  private static final Pattern NUMBER = Pattern.compile("#(\\d+)");

  private SeedEvaluation() {}

  /** Returns what could not be done, as {@link Seeder} does. */
  static List<String> seed(Session session, PersonActions actions, Conversations conversations, LocalDate today) {
    MutableClock clock = session.clock();
    Duration offset = clock.offset();
    LocalDate day = today.minusDays(7);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.minusDays(1);
    }
    ZonedDateTime start = day.atTime(15, 30).atZone(Playground.ZONE);
    List<String> skipped = new ArrayList<>();
    try {
      clock.set(start.minusHours(3).toInstant());
      String typed = "meeting new \"" + TITLE + "\" " + day + " 15:30-17:00 at \"OBS De Klimop, Gouda\"";
      Matcher number = NUMBER.matcher(text(actions.command(ANOUK, Workspace.CHANNEL, typed, false)));
      if (!number.find()) {
        skipped.add("anouk: /samen " + typed);
        return skipped;
      }
      String id = number.group(1);
      for (Person person : RATERS) {
        actions.command(ANOUK, Workspace.CHANNEL, "rsvp " + id + " yes " + person.mention(), false);
      }
      clock.set(start.plusMinutes(91).toInstant());
      session.timer().settle();
      for (int i = 0; i < RATERS.size(); i++) {
        if (!rate(RATERS.get(i), SCORES.get(i), actions, conversations)) {
          skipped.add(RATERS.get(i).handle() + ": no evaluation question for #" + id);
        }
      }
    } finally {
      clock.set(Clock.systemUTC().instant().plus(offset));
      session.timer().settle();
    }
    return skipped;
  }

  /** Clicks the score in the person's evaluation DM, once it has arrived. */
  private static boolean rate(Person person, int score, PersonActions actions, Conversations conversations) {
    String actionId = "evaluation_score_" + score;
    String dm = Conversations.conversationOf(person.id());
    Optional<Message> question;
    try {
      question = Optional.of(Await.value(() -> "the evaluation question to " + person.handle(), Duration.ofSeconds(10),
          () -> conversations.in(dm).stream().filter(m -> m.blocks() != null && m.blocks().toString().contains(actionId))
              .findFirst()));
    } catch (AssertionError e) {
      return false;
    }
    return blockOf(question.get(), actionId).flatMap(block ->
        actions.clickInMessage(person, dm, question.get().ts(), block, actionId, List.of())).isPresent();
  }

  private static Optional<String> blockOf(Message message, String actionId) {
    for (JsonElement block : message.blocks()) {
      if (block.toString().contains("\"" + actionId + "\"")) {
        return Optional.ofNullable(Json.string(block.getAsJsonObject(), "block_id"));
      }
    }
    return Optional.empty();
  }

  private static String text(SlackSender.Answer answer) {
    if (answer.status() != 200 || answer.body().isBlank()) {
      return "";
    }
    JsonObject json = HttpBodies.json(answer.body());
    return Optional.ofNullable(Json.string(json, "text")).orElse("") + json.get("blocks");
  }
}
