package id.canting.programme.participation.web;

import id.canting.programme.participation.internal.SessionInput;

/** A session to add: {@code number} (the next free one when left out), {@code heldOn} as 2024-05-14, {@code topic} and {@code place}. */
record SessionRequest(Integer number, String heldOn, String topic, String place) {

	SessionInput toInput() {
		return new SessionInput(number, heldOn, topic, place);
	}
}
