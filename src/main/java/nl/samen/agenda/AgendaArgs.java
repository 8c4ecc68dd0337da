package nl.samen.agenda;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samen.slack.command.BadCommand;
import nl.samen.slack.command.CommandLine;
import nl.samen.slack.command.Token;

/** Reads an agenda item from a command: {@code "<item>" [<n>m] [plenary|subgroups] [@owner]}, options in any order. */
final class AgendaArgs {
  private static final Pattern MINUTES = Pattern.compile("(\\d{1,4})(m|min|mins|minutes|minuten|minuut)");
  private static final String[] MINUTE_WORDS = {"m", "min", "mins", "minutes", "minuten", "minuut"};

  private AgendaArgs() {}

  static AgendaItem.Draft item(CommandLine args) {
    String title = title(args);
    Optional<Integer> minutes = Optional.empty();
    Optional<AgendaItem.Part> part = Optional.empty();
    Optional<String> owner = Optional.empty();
    while (!args.atEnd()) {
      Optional<String> word = args.peekWord();
      Matcher m = MINUTES.matcher(word.orElse(""));
      if (minutes.isEmpty() && m.matches()) {
        args.requireWord("agenda.what.minutes");
        minutes = Optional.of(minutes(m.group(1)));
      } else if (minutes.isEmpty() && word.filter(w -> w.matches("\\d{1,4}")).isPresent()) {
        // "20 min" as two words
        String number = args.requireWord("agenda.what.minutes");
        args.requireKeyword("agenda.what.minuteWord", MINUTE_WORDS);
        minutes = Optional.of(minutes(number));
      } else if (part.isEmpty() && args.acceptKeyword("plenary", "plenair", "plenaire")) {
        part = Optional.of(AgendaItem.Part.PLENARY);
      } else if (part.isEmpty() && args.acceptKeyword("subgroups", "subgroepen", "subgroep", "workshops")) {
        part = Optional.of(AgendaItem.Part.SUBGROUPS);
      } else if (owner.isEmpty() && args.peek().filter(t -> t.kind() == Token.Kind.MENTION).isPresent()) {
        owner = Optional.of(args.requireMention());
      } else {
        args.requireEnd();
      }
    }
    return new AgendaItem.Draft(title, minutes, part, owner);
  }

  static String title(CommandLine args) {
    return args.requireQuoted("agenda.what.item"); // its cap is AgendaItem.Draft.MAX_TITLE, see TextLimits
  }

  private static int minutes(String digits) {
    int minutes = Integer.parseInt(digits);
    if (minutes < 1 || minutes > AgendaItem.Draft.MAX_MINUTES) {
      throw new BadCommand("agenda.error.minutes", AgendaItem.Draft.MAX_MINUTES);
    }
    return minutes;
  }
}
