package nl.samen.slack.command;

import java.time.LocalTime;
import java.util.Optional;

/** A start time with an optional end time, as typed: {@code 09:30} or {@code 9.30-12.00}. */
public record TimeRange(LocalTime start, Optional<LocalTime> end) {}
