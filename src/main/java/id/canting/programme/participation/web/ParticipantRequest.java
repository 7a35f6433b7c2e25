package id.canting.programme.participation.web;

import id.canting.programme.participation.internal.ParticipantInput;

/** A participant to enrol: name, gender (F or M) and the IKM by {@code ikm} (its id) or {@code nib}, one of the two. */
record ParticipantRequest(String name, String gender, Long ikm, String nib) {

	ParticipantInput toInput() {
		return new ParticipantInput(name, gender, ikm, nib);
	}
}
