package nl.samen.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import nl.samen.home.MyNetworks;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingService;
import nl.samen.network.Network;
import nl.samen.rsvp.RsvpService;

/**
 * Gives each person a secret feed token and gathers the meetings of all their networks for it: a
 * school year back and two years ahead, cancelled ones included so that calendars show them struck.
 */
final class CalendarService {
  /** 32 random bytes: 256 bits, far beyond guessing; URL-safe Base64 makes 43 characters. */
  private static final int TOKEN_BYTES = 32;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Duration PAST = Duration.ofDays(400);
  private static final Duration FUTURE = Duration.ofDays(2 * 366);

  private final CalendarRepository tokens;
  private final MyNetworks myNetworks;
  private final MeetingService meetings;
  private final RsvpService rsvps;
  private final Clock clock;
  private final Function<String, Locale> localeOf;
  private final SecureRandom random = new SecureRandom();
  private final List<AgendaSource> agendas;

  /** @param agendas what goes into each meeting's description (the agenda feature's text) */
  CalendarService(CalendarRepository tokens, MyNetworks myNetworks, MeetingService meetings,
      RsvpService rsvps, Clock clock, Function<String, Locale> localeOf, List<AgendaSource> agendas) {
    this.agendas = List.copyOf(agendas);
    this.tokens = tokens;
    this.myNetworks = myNetworks;
    this.meetings = meetings;
    this.rsvps = rsvps;
    this.clock = clock;
    this.localeOf = localeOf;
  }

  /** A person's calendar: whose it is and what is in it. */
  record Feed(String teamId, String userId, Locale locale, List<FeedEntry> entries) {}

  /** The person's token, made the first time they ask. */
  String tokenFor(String teamId, String userId) {
    return tokens.token(teamId, userId)
        .orElseGet(() -> tokens.saveIfAbsent(teamId, userId, newToken(), clock.instant()));
  }

  /** A new token; the old link stops working at once. */
  String resetToken(String teamId, String userId) {
    String token = newToken();
    tokens.replace(teamId, userId, token, clock.instant());
    return token;
  }

  /** The feed behind a token; empty for a token that is malformed or unknown. */
  Optional<Feed> feed(String token) {
    if (!TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return tokens.owner(token).map(owner -> {
      Locale locale = localeOf.apply(owner.userId());
      Instant now = clock.instant();
      List<FeedEntry> entries = myNetworks.of(owner.teamId(), owner.userId()).stream()
          .flatMap(network -> meetings.between(network.id(), now.minus(PAST), now.plus(FUTURE)).stream()
              .map(meeting -> entry(network, meeting, owner.userId(), locale)))
          .sorted(Comparator.comparing((FeedEntry e) -> e.meeting().startsAt()))
          .toList();
      return new Feed(owner.teamId(), owner.userId(), locale, entries);
    });
  }

  private FeedEntry entry(Network network, Meeting meeting, String userId, Locale locale) {
    Optional<String> agenda = agendas.stream()
        .map(source -> source.agendaText(meeting, locale))
        .flatMap(Optional::stream)
        .findFirst();
    return new FeedEntry(network, meeting, rsvps.answerOf(meeting, userId), agenda);
  }

  private String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
