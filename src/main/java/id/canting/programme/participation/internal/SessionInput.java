package id.canting.programme.participation.internal;

/**
 * A session as a form or the API gives it: its number (the next free one when left out), the day
 * it is held as {@code 2024-05-14}, its topic and place.
 */
public record SessionInput(Integer number, String heldOn, String topic, String place) {
}
