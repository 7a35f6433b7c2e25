package id.canting.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.shared.InvalidInputException;

class SentraRulesTest {

	static SentraInput sentra(String code, String revitalisation, Integer year) {
		return new SentraInput(code, "Sentra Batik Kauman", "33.75", "Kauman", 1990, revitalisation, year, null);
	}

	@Test
	void acceptsASentraWithoutRevitalisation() {
		assertThat(SentraRules.check(sentra("STR-33.75-001", null, null)).revitalisation()).isEqualTo(Revitalisation.NONE);
	}

	@Test
	void requiresTheYearWhenRevitalisationIsDone() {
		assertThat(violations(sentra("STR-1", "DONE", null))).containsExactly("revitalisationYear:validation.revitalisation-year.required");
		assertThat(SentraRules.check(sentra("STR-1", "DONE", 2021)).revitalisationYear()).isEqualTo(2021);
	}

	@Test
	void refusesAYearWithoutRevitalisation() {
		assertThat(violations(sentra("STR-1", "NONE", 2021))).containsExactly("revitalisationYear:validation.revitalisation-year.none");
	}

	@Test
	void refusesACodeWithSpacesOrLowerCase() {
		assertThat(violations(sentra("str 1", null, null))).containsExactly("code:validation.sentra-code");
	}

	@Test
	void refusesAMalformedRegencyCode() {
		var input = new SentraInput("STR-1", "Sentra", "3375", null, null, null, null, null);
		assertThat(violations(input)).containsExactly("regencyCode:validation.regency-code");
	}

	static List<String> violations(SentraInput input) {
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> SentraRules.check(input));
		assertThat(e).as("expected the input to be refused").isNotNull();
		return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
	}
}
