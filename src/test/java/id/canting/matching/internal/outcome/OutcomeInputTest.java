package id.canting.matching.internal.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import id.canting.matching.OutcomeCheckpoint;
import id.canting.matching.OutcomeResult;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/** An outcome report's field rules: every broken one named at once. */
class OutcomeInputTest {

	@Test
	void anOrderPlacedNeedsAValueOfZeroOrMore() {
		assertThatThrownBy(() -> new OutcomeInput(OutcomeCheckpoint.AFTER_MEETING, OutcomeResult.ORDER_PLACED, null, null, null).checked())
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(FieldViolation::field, FieldViolation::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("valueIdr", "matching.outcome.validation.value-required")));
		assertThatThrownBy(() -> new OutcomeInput(OutcomeCheckpoint.AFTER_MEETING, OutcomeResult.ORDER_PLACED, -1L, null, null).checked())
			.isInstanceOf(InvalidInputException.class);
		assertThat(new OutcomeInput(OutcomeCheckpoint.AFTER_MEETING, OutcomeResult.ORDER_PLACED, 0L, "  ", null).checked().note())
			.isNull();
	}

	@Test
	void aValueOnlyWithAnOrderAndEveryMissingFieldNamed() {
		assertThatThrownBy(() -> new OutcomeInput(null, null, 5L, "x".repeat(1001), null).checked())
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(FieldViolation::field).containsExactly("checkpoint", "result", "note"));
		assertThatThrownBy(() -> new OutcomeInput(OutcomeCheckpoint.MONTH_1, OutcomeResult.IN_TALKS, 5L, null, null).checked())
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(FieldViolation::messageKey).containsExactly("matching.outcome.validation.value-only-for-order"));
	}
}
