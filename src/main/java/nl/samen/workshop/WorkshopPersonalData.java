package nl.samen.workshop;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.samen.meeting.MeetingService;
import nl.samen.privacy.PersonalData;

/** A person's workshop choices (and workshops they host) for privacy export and forget. */
public final class WorkshopPersonalData implements PersonalData {
  private final WorkshopRepository repository;
  private final WorkshopService workshops;
  private final MeetingService meetings;

  public WorkshopPersonalData(WorkshopRepository repository, WorkshopService workshops, MeetingService meetings) {
    this.repository = repository;
    this.workshops = workshops;
    this.meetings = meetings;
  }

  @Override
  public String name() {
    return "workshops";
  }

  @Override
  public Object export(String teamId, String userId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("choices", repository.choicesOf(teamId, userId));
    return data;
  }

  /** Choices go (their seats to the waitlists, as if the person dropped out); host ids are replaced. */
  @Override
  public void forget(String teamId, String userId, String placeholder) {
    for (long meetingId : repository.meetingsWithChoicesOf(teamId, userId)) {
      meetings.meeting(teamId, meetingId).ifPresent(m -> workshops.releaseSeats(m, userId));
    }
    repository.replacePerson(teamId, userId, placeholder);
  }
}
