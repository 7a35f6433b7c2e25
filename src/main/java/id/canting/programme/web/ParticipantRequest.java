package id.canting.programme.web;

import id.canting.programme.ParticipantInput;

/** A participant to enrol: name, gender (F or M) and the IKM by {@code ikm} (its id) or {@code nib}, one of the two. */
record ParticipantRequest(String name, String gender, Long ikm, String nib) {

	ParticipantInput toInput() {
		return new ParticipantInput(name, gender, ikm, nib);
	}
}
