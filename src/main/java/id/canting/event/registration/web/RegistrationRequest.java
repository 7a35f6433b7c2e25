package id.canting.event.registration.web;

import id.canting.event.registration.internal.RegistrantInput;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A registration for a session: a name, an e-mail and/or an Indonesian phone, the organisation, the
 * age group, consent to the statement of the registration page, and the language of the mails.
 */
record RegistrationRequest(@Schema(maxLength = 120, requiredMode = Schema.RequiredMode.REQUIRED) String name,
		@Schema(maxLength = 254, description = "an e-mail or a phone is required") String email,
		@Schema(maxLength = 30, example = "0812-3456-7890") String phone,
		@Schema(maxLength = 200) String organisation,
		@Schema(allowableValues = { "UNDER_15", "AGE_15_30", "AGE_31_45", "AGE_46_60", "OVER_60" },
				requiredMode = Schema.RequiredMode.REQUIRED) String ageGroup,
		@Schema(description = "must be true: the registrant agrees to the stated use of their data",
				requiredMode = Schema.RequiredMode.REQUIRED) Boolean consent,
		@Schema(allowableValues = { "id", "en" }) String language) {

	RegistrantInput toInput() {
		return new RegistrantInput(name, email, phone, organisation, ageGroup, consent, language);
	}
}
