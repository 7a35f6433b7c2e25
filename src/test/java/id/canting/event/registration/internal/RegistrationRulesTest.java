package id.canting.event.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

class RegistrationRulesTest {

	static RegistrantInput input(String email, String phone, Boolean consent) {
		return new RegistrantInput("Sari Wulandari", email, phone, "Sanggar Batik", "AGE_15_30", consent, "en");
	}

	@Test
	void aRegistrationNeedsConsentAndAContact() {
		assertThatThrownBy(() -> RegistrationRules.check(input(null, " ", false)))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(FieldViolation::field)
				.containsExactlyInAnyOrder("email", "phone", "consent"));
	}

	@Test
	void theEmailIsLowerCasedAndThePhoneNormalised() {
		RegistrantDetails d = RegistrationRules.check(input("Sari@Example.ORG", "0812 3456 7890", true));
		assertThat(d.email()).isEqualTo("sari@example.org");
		assertThat(d.phone()).isEqualTo("+6281234567890");
		assertThat(d.ageGroup()).isEqualTo(AgeGroup.AGE_15_30);
		assertThat(d.consentVersion()).isEqualTo(ConsentStatement.VERSION);
		assertThat(d.language()).isEqualTo("en");
	}

	@Test
	void junkIsNamedFieldByField() {
		assertThatThrownBy(() -> RegistrationRules.check(new RegistrantInput("x".repeat(121), "not-mail", "12", null,
				"ADULT", true, "fr")))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(FieldViolation::field)
				.containsExactlyInAnyOrder("name", "email", "phone", "ageGroup", "language"));
	}
}
