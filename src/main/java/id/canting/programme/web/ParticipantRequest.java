package id.canting.programme.web;

import id.canting.programme.ParticipantInput;

/** {@code {"name": "...", "gender": "F", "ikm": 123}} or with {@code "nib"} instead of {@code "ikm"}. */
record ParticipantRequest(String name, String gender, Long ikm, String nib) {

	ParticipantInput toInput() {
		return new ParticipantInput(name, gender, ikm, nib);
	}
}
