package id.canting.programme.web;

import id.canting.programme.SessionInput;

/** {@code {"number": 3, "heldOn": "2024-05-14", "topic": "...", "place": "..."}}; the number may be left out. */
record SessionRequest(Integer number, String heldOn, String topic, String place) {

	SessionInput toInput() {
		return new SessionInput(number, heldOn, topic, place);
	}
}
