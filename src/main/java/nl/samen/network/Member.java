package nl.samen.network;

import java.util.Optional;

/** One person in a network's channel: their school, if known, and whether they coordinate. */
record Member(String userId, Optional<String> school, boolean coordinator) {}
