package id.canting.certification.indication.web;

import java.util.List;

import id.canting.certification.indication.internal.IgDescription;
import id.canting.certification.indication.internal.IgInput;

/** A geographical indication's details from the API; {@code version} is required to update. */
record IgRequest(String name, String product, String applicant, List<String> regencies, IgDescription description,
		String registrationNumber, Integer version) {

	IgInput toInput() {
		return new IgInput(name, product, applicant, regencies, description, registrationNumber);
	}
}
