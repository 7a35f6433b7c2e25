package id.canting.event.registration.internal;

/** A registrant's data after {@link RegistrationRules} checked it: phone normalised, e-mail lower-cased. */
record RegistrantDetails(String name, String email, String phone, String organisation, AgeGroup ageGroup,
		String consentVersion, String language) {
}
