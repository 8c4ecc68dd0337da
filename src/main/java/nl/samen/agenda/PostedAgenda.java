package nl.samen.agenda;

import com.slack.api.model.block.LayoutBlock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samen.meeting.Meeting;
import nl.samen.meeting.MeetingService;
import nl.samen.network.Network;
import nl.samen.network.NetworkService;
import nl.samen.slack.BlockJson;
import nl.samen.slack.People;
import nl.samen.slack.outbox.Outbox;
import nl.samen.workshop.WorkshopService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agenda message in a network's channel: posted once through the outbox, then updated in place
 * (chat.update on the same message) when the agenda, the meeting or its workshops change. A burst of
 * changes (fifty members choosing at once) is folded into one update.
 */
final class PostedAgenda implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PostedAgenda.class);
  /** While the first post still waits in the outbox, an update would find nothing: wait for it. */
  private static final Duration NOT_YET_POSTED = Duration.ofSeconds(1);
  private static final int MAX_WAITS = 300;

  private final AgendaService agendas;
  private final ActionService actions;
  private final WorkshopService workshops;
  private final MeetingService meetings;
  private final NetworkService networks;
  private final Outbox outbox;
  private final People people;
  private final Duration settle;
  private final Set<Long> pending = ConcurrentHashMap.newKeySet();
  /** Refreshes scheduled and not yet finished, so that "nothing left to do" can be awaited. */
  private final AtomicInteger inHand = new AtomicInteger();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "samen-agenda");
    thread.setDaemon(true);
    return thread;
  });

  /** @param settle how long to wait after a change for more changes before updating the message */
  PostedAgenda(AgendaService agendas, ActionService actions, WorkshopService workshops, MeetingService meetings,
      NetworkService networks, Outbox outbox, People people, Duration settle) {
    this.agendas = agendas;
    this.actions = actions;
    this.workshops = workshops;
    this.meetings = meetings;
    this.networks = networks;
    this.outbox = outbox;
    this.people = people;
    this.settle = settle;
  }

  static String ref(Meeting meeting) {
    return "meeting:" + meeting.id() + ":agenda";
  }

  /** Puts the agenda in the channel, or updates it there when it was posted before. */
  void publish(Network network, Meeting meeting) {
    Locale locale = people.defaultLocale();
    outbox.postOrUpdate(network.teamId(), network.channelId(), ref(meeting),
        AgendaViews.fallback(meeting, locale), BlockJson.json(render(network, meeting, locale)));
  }

  /** Something the posted agenda shows has changed: update it soon, if it was posted. */
  void changed(Meeting meeting) {
    changed(meeting.teamId(), meeting.id());
  }

  void changed(String teamId, long meetingId) {
    if (pending.add(meetingId)) {
      later(() -> refresh(teamId, meetingId, 0), settle);
    }
  }

  private void refresh(String teamId, long meetingId, int waits) {
    try {
      Optional<Meeting> meeting = meetings.meeting(teamId, meetingId);
      if (meeting.isEmpty() || !agendas.isPosted(meeting.get())) {
        pending.remove(meetingId);
        return;
      }
      if (!outbox.isPosted(teamId, ref(meeting.get()))) {
        if (waits < MAX_WAITS) {
          later(() -> refresh(teamId, meetingId, waits + 1), NOT_YET_POSTED);
        } else {
          pending.remove(meetingId);
          log.warn("The agenda of meeting {} never reached Slack; it is not updated", meetingId);
        }
        return;
      }
      // Cleared before reading: a change from here on schedules its own update.
      pending.remove(meetingId);
      Network network = networks.network(meeting.get().networkId()).orElseThrow();
      Locale locale = people.defaultLocale();
      outbox.updateIfPosted(teamId, ref(meeting.get()), AgendaViews.fallback(meeting.get(), locale),
          BlockJson.json(render(network, meeting.get(), locale)));
    } catch (RuntimeException e) {
      pending.remove(meetingId);
      log.error("Updating the posted agenda of meeting {} failed", meetingId, e);
    }
  }

  /** No refresh waiting or running. */
  boolean idle() {
    return inHand.get() == 0;
  }

  private void later(Runnable refresh, Duration delay) {
    inHand.incrementAndGet();
    try {
      timer.schedule(() -> {
        try {
          refresh.run();
        } finally {
          inHand.decrementAndGet();
        }
      }, delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException stopping) {
      inHand.decrementAndGet();
      throw stopping;
    }
  }

  private List<LayoutBlock> render(Network network, Meeting meeting,
      Locale locale) {
    List<LayoutBlock> extra = new ArrayList<>(CarryViews.traces(agendas.moved(meeting), locale));
    extra.addAll(ActionViews.agendaSection(actions.openBefore(meeting), actions.today(network), locale));
    List<LayoutBlock> blocks = new ArrayList<>(AgendaViews.posted(network, meeting, agendas.items(meeting),
        workshops.workshops(meeting), workshops.ranking(meeting), extra, locale));
    if (!meeting.cancelled()) {
      blocks.add(MinutesModal.openButton(meeting.id(), locale)); // "Notuleren": refused politely to who may not
    }
    return blocks;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
