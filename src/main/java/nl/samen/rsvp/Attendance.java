package nl.samen.rsvp;

/** Whether a person was at a meeting, as a coordinator recorded it afterwards. */
public record Attendance(String userId, boolean present) {}
