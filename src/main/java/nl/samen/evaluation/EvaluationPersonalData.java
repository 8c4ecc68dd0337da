package nl.samen.evaluation;

import nl.samen.privacy.PersonalData;

/** A person's own evaluation answers, for privacy export and forget. */
final class EvaluationPersonalData implements PersonalData {
  private final EvaluationRepository repository;

  EvaluationPersonalData(EvaluationRepository repository) {
    this.repository = repository;
  }

  @Override
  public String name() {
    return "evaluations";
  }

  @Override
  public Object export(String teamId, String userId) {
    return repository.answersOf(teamId, userId);
  }

  /** Their remarks are deleted; their scores stay in the meetings' counts, linked to no one. */
  @Override
  public void forget(String teamId, String userId, String placeholder) {
    repository.forget(teamId, userId);
  }
}
