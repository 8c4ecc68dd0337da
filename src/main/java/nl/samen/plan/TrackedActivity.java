package nl.samen.plan;

import java.util.List;
import java.util.Optional;

/** An activity with its history, and what the history says now: status, progress, notes, outcomes. */
public record TrackedActivity(Activity activity, List<ActivityEvent> history) {

  public enum Status {
    OPEN,
    DONE,
    DROPPED
  }

  public TrackedActivity {
    history = List.copyOf(history);
  }

  public Status status() {
    for (int i = history.size() - 1; i >= 0; i--) {
      switch (history.get(i).kind()) {
        case DONE -> {
          return Status.DONE;
        }
        case DROPPED -> {
          return Status.DROPPED;
        }
        default -> { }
      }
    }
    return Status.OPEN;
  }

  public boolean closed() {
    return status() != Status.OPEN;
  }

  /** The latest percentage recorded; a done activity is at 100 whatever was recorded before. */
  public int progress() {
    if (status() == Status.DONE) {
      return 100;
    }
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).percent().isPresent()) {
        return history.get(i).percent().get();
      }
    }
    return 0;
  }

  /** Progress, done and drop events that carry a note, oldest first. */
  public List<ActivityEvent> notes() {
    return history.stream()
        .filter(e -> e.kind() != ActivityEvent.Kind.OUTCOME && e.note().isPresent())
        .toList();
  }

  public Optional<ActivityEvent> latestNote() {
    List<ActivityEvent> notes = notes();
    return notes.isEmpty() ? Optional.empty() : Optional.of(notes.get(notes.size() - 1));
  }

  public List<ActivityEvent> outcomes() {
    return history.stream().filter(e -> e.kind() == ActivityEvent.Kind.OUTCOME).toList();
  }
}
