package id.canting.registry;

import static id.canting.registry.IkmInputs.aValidIkm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.shared.InvalidInputException;

class IkmRulesTest {

	@Test
	void acceptsAValidIkmAndDerivesItsSizeClass() {
		IkmDetails details = IkmRules.check(aValidIkm());
		assertThat(details.workers()).isEqualTo(8);
		assertThat(details.sizeClass()).isEqualTo(SizeClass.KECIL);
		assertThat(details.techniques()).containsExactly(Technique.TULIS);
	}

	@Test
	void refusesANibThatIsNotThirteenDigits() {
		assertThat(violations(IkmInputs.withNib(aValidIkm(), "91200000001"))).containsExactly("nib:validation.nib");
		assertThat(violations(IkmInputs.withNib(aValidIkm(), "91200000000AB"))).containsExactly("nib:validation.nib");
	}

	@Test
	void acceptsAMissingNibForInformalUnits() {
		assertThat(IkmRules.check(IkmInputs.withNib(aValidIkm(), "  ")).nib()).isNull();
	}

	@Test
	void refusesPrintingAsNotBatik() {
		assertThat(violations(IkmInputs.withTechniques(aValidIkm(), List.of("TULIS", "printing"))))
			.containsExactly("techniques:validation.technique.printing");
	}

	@Test
	void refusesAnEmptyOrUnknownTechnique() {
		assertThat(violations(IkmInputs.withTechniques(aValidIkm(), List.of())))
			.containsExactly("techniques:validation.at-least-one");
		assertThat(violations(IkmInputs.withTechniques(aValidIkm(), List.of("JUMPUTAN"))))
			.containsExactly("techniques:validation.one-of");
	}

	@Test
	void refusesNegativeWorkersAndInvestment() {
		assertThat(violations(IkmInputs.withWorkersAndInvestment(aValidIkm(), -1, 3, -5L)))
			.containsExactlyInAnyOrder("workersMale:validation.not-negative", "investmentIdr:validation.not-negative");
	}

	@Test
	void refusesTextLongerThanItsColumn() {
		assertThat(violations(IkmInputs.withName(aValidIkm(), "B".repeat(151)))).containsExactly("name:validation.too-long");
	}

	@Test
	void refusesLargeIndustry() {
		assertThat(violations(IkmInputs.withWorkersAndInvestment(aValidIkm(), 10, 10, 15_000_000_001L)))
			.containsExactly("investmentIdr:validation.large-industry");
	}

	@Test
	void reportsEveryBrokenRuleAtOnce() {
		IkmInput empty = new IkmInput(null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null);
		assertThat(violations(empty)).containsExactlyInAnyOrder("name:validation.required",
				"ownerName:validation.required", "ownerGender:validation.required", "regencyCode:validation.required",
				"kind:validation.required", "techniques:validation.at-least-one", "categories:validation.at-least-one",
				"workersMale:validation.required", "workersFemale:validation.required",
				"investmentIdr:validation.required");
	}

	static List<String> violations(IkmInput input) {
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> IkmRules.check(input));
		assertThat(e).as("expected the input to be refused").isNotNull();
		return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
	}
}
