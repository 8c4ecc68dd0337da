package nl.samen.reminder;

/** A reminder message ready to be claimed: for whom (a channel or a user id) and what it says. */
record Delivery(String recipient, String text, String blocksJson) {}
