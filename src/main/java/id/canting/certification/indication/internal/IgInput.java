package id.canting.certification.indication.internal;

import java.util.List;

/**
 * What an admin writes about a geographical indication: its name, product, the applicant community
 * (MPIG), the regencies it covers (Kemendagri codes PP.RR), the description document and, once
 * registered, the DJKI registration number.
 */
public record IgInput(String name, String product, String applicant, List<String> regencies,
		IgDescription description, String registrationNumber) {

	public IgInput {
		regencies = regencies == null ? List.of() : regencies;
		description = description == null ? IgDescription.empty() : description;
	}
}
