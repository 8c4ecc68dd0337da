package nl.samen.playground;

import java.util.List;
import java.util.Optional;

/**
 * The made-up Slack workspace of the playground: one network channel, a coordinator and five members
 * from schools around Gouda, and the bot. Everything here is fiction; the ids look like Slack's.
 */
public final class Workspace {
  public static final String TEAM = "T0SAMENPG";
  public static final String TEAM_DOMAIN = "samen-playground";
  public static final String APP = "A0SAMENPG";
  public static final String BOT_USER = "U0SAMENBOT";
  public static final String BOT_ID = "B0SAMENBOT";
  public static final String BOT_NAME = "Samen";
  public static final String CHANNEL = "C0NETWERKIB";
  public static final String CHANNEL_NAME = "netwerk-ib";

  public static final Person ANOUK = new Person("U0ANOUK", "Anouk de Vries", "anouk",
      "OBS De Klimop, Gouda", "nl-NL", true);
  public static final Person BRAM = new Person("U0BRAM", "Bram Jansen", "bram",
      "CBS De Regenboog, Waddinxveen", "nl-NL", false);
  public static final Person FATIMA = new Person("U0FATIMA", "Fatima El Amrani", "fatima",
      "Basisschool Het Palet, Bodegraven", "nl-NL", false);
  public static final Person JEROEN = new Person("U0JEROEN", "Jeroen Bakker", "jeroen",
      "Montessorischool De Ontdekking, Reeuwijk", "nl-NL", false);
  public static final Person LOTTE = new Person("U0LOTTE", "Lotte Visser", "lotte",
      "OBS 't Kompas, Schoonhoven", "nl-NL", false);
  public static final Person HANNAH = new Person("U0HANNAH", "Hannah Wright", "hannah",
      "Vrije School De Zonnewijzer, Gouda", "en-GB", false);

  /** Coordinator first, as the page lists them. */
  public static final List<Person> PEOPLE = List.of(ANOUK, BRAM, FATIMA, JEROEN, LOTTE, HANNAH);

  private Workspace() {}

  public static Optional<Person> person(String userId) {
    return PEOPLE.stream().filter(p -> p.id().equals(userId)).findFirst();
  }

  /** The bot's direct-message conversation with a person, as conversations.open names it. */
  public static String directMessage(String userId) {
    return "D" + userId.substring(1);
  }

  /** The person whose DM this is, for a user id or a D… conversation id; empty for a channel. */
  public static Optional<String> dmOwner(String conversation) {
    if (conversation.startsWith("U")) {
      return person(conversation).map(Person::id);
    }
    if (conversation.startsWith("D")) {
      return person("U" + conversation.substring(1)).map(Person::id);
    }
    return Optional.empty();
  }
}
