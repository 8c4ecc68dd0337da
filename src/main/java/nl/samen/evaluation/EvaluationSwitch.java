package nl.samen.evaluation;

/** Whether a network's rules ask for an evaluation after its meetings: the reminder rules own it. */
@FunctionalInterface
public interface EvaluationSwitch {
  boolean on(long networkId);
}
