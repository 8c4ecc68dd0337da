package nl.samen.event;

/** Where a service publishes what happened; given to it in its constructor. */
@FunctionalInterface
public interface Events {
  /** For services built without listeners, e.g. in unit tests. */
  Events NONE = event -> {};

  void publish(SamenEvent event);
}
