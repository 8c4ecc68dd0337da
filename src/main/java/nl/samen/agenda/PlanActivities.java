package nl.samen.agenda;

import java.util.Optional;
import nl.samen.network.Network;

/**
 * The seam through which an action item meets the network's plan: whether an activity exists, and
 * its history learning that an action tied to it was done. The plan feature implements it; the
 * composition root hands it over. Until then no activity exists.
 */
public interface PlanActivities {
  PlanActivities NONE = new PlanActivities() {
    @Override
    public Optional<String> title(Network network, int activity) {
      return Optional.empty();
    }

    @Override
    public void actionDone(Network network, int activity, int action, Optional<String> note, String actor) {}
  };

  /** The title of the network's activity with this number, if there is one. */
  Optional<String> title(Network network, int activity);

  /** Records "action N done: note" in the activity's history, as done by {@code actor}. */
  void actionDone(Network network, int activity, int action, Optional<String> note, String actor);
}
