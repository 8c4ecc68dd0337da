package nl.samen.schedule;

/** Wakes one registered piece of work as soon as possible (after its run in progress). */
@FunctionalInterface
public interface WakeUp {
  void now();
}
