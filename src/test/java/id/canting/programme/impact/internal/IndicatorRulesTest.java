package id.canting.programme.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.canting.programme.IndicatorPhase;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/** The field rules of an indicator measurement, each naming its field. */
class IndicatorRulesTest {

	static final LocalDate TODAY = LocalDate.of(2024, 11, 1);

	static IndicatorInput valid() {
		return new IndicatorInput("2024-03-01", 12, 400L, 240_000_000L, 30, false, new BigDecimal("1.75"));
	}

	@Test
	void readsAValidMeasurement() {
		IndicatorMeasurement m = IndicatorRules.check(valid(), TODAY);
		assertThat(m.measuredOn()).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(m.workers()).isEqualTo(12);
		assertThat(m.capacityPiecesPerMonth()).isEqualTo(400);
		assertThat(m.annualSalesIdr()).isEqualTo(240_000_000L);
		assertThat(m.naturalDyePercent()).isEqualTo(30);
		assertThat(m.batikmark()).isFalse();
		assertThat(m.indiScore()).isEqualByComparingTo("1.75");
		assertThat(m.indiScore().scale()).isEqualTo(2);
	}

	@Test
	void namesEveryMissingField() {
		assertThatThrownBy(() -> IndicatorRules.check(new IndicatorInput(null, null, null, null, null, null, null), TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(FieldViolation::field)
				.containsExactly("measuredOn", "workers", "capacityPiecesPerMonth", "annualSalesIdr", "naturalDyePercent",
						"batikmark", "indiScore"));
	}

	@Test
	void refusesNegativeFiguresAShareAbove100AndAScoreOffTheIndiScale() {
		assertThatThrownBy(() -> IndicatorRules.check(new IndicatorInput("2024-03-01", -1, -5L, -1L, 101, true,
				new BigDecimal("4.01")), TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(v -> v.field() + ":" + v.messageKey())
				.containsExactly("workers:validation.not-negative", "capacityPiecesPerMonth:validation.not-negative",
						"annualSalesIdr:validation.not-negative", "naturalDyePercent:indicator.validation.percent",
						"indiScore:indicator.validation.indi-score"));
		assertThatThrownBy(() -> IndicatorRules.check(new IndicatorInput("2024-03-01", 1, 1L, 1L, -1, true,
				new BigDecimal("-0.01")), TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(FieldViolation::field).containsExactly("naturalDyePercent", "indiScore"));
	}

	@Test
	void acceptsTheEdgesOfEachScale() {
		IndicatorMeasurement m = IndicatorRules.check(new IndicatorInput("2024-11-01", 0, 0L, 0L, 100, true,
				new BigDecimal("4")), TODAY);
		assertThat(m.indiScore()).isEqualByComparingTo("4.00");
		assertThat(IndicatorRules.check(new IndicatorInput("2000-01-01", 0, 0L, 0L, 0, false, BigDecimal.ZERO), TODAY)
			.naturalDyePercent()).isZero();
	}

	@Test
	void refusesAnIndiScoreWithMoreThanTwoDecimals() {
		assertThatThrownBy(() -> IndicatorRules.check(withScore("2.125"), TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(v -> v.field() + ":" + v.messageKey()).containsExactly("indiScore:validation.decimals"));
		assertThat(IndicatorRules.check(withScore("2.500"), TODAY).indiScore()).isEqualByComparingTo("2.50");
	}

	@Test
	void refusesADayInTheFutureBefore2000OrUnreadable() {
		assertThat(violation("2024-11-02")).isEqualTo("measuredOn:indicator.validation.future");
		assertThat(violation("1999-12-31")).isEqualTo("measuredOn:indicator.validation.too-early");
		assertThat(violation("1/3/2024")).isEqualTo("measuredOn:validation.date");
	}

	@Test
	void refusesFiguresAboveTheirCeilings() {
		assertThatThrownBy(() -> IndicatorRules.check(new IndicatorInput("2024-03-01", 100_001, 100_000_001L,
				1_000_000_000_000_001L, 1, false, BigDecimal.ONE), TODAY))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(v -> v.field() + ":" + v.messageKey())
				.containsExactly("workers:validation.max", "capacityPiecesPerMonth:validation.max",
						"annualSalesIdr:validation.max"));
	}

	@Test
	void readsThePhaseAsUrlsWriteIt() {
		assertThat(IndicatorPhase.parse("baseline")).isEqualTo(IndicatorPhase.BASELINE);
		assertThat(IndicatorPhase.parse("follow-up")).isEqualTo(IndicatorPhase.FOLLOW_UP);
		assertThat(IndicatorPhase.parse("FOLLOW_UP")).isEqualTo(IndicatorPhase.FOLLOW_UP);
		assertThat(IndicatorPhase.FOLLOW_UP.slug()).isEqualTo("follow-up");
		assertThatThrownBy(() -> IndicatorPhase.parse("midterm"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations().get(0).field()).isEqualTo("phase"));
	}

	private static IndicatorInput withScore(String score) {
		IndicatorInput v = valid();
		return new IndicatorInput(v.measuredOn(), v.workers(), v.capacityPiecesPerMonth(), v.annualSalesIdr(),
				v.naturalDyePercent(), v.batikmark(), new BigDecimal(score));
	}

	private static String violation(String day) {
		IndicatorInput v = valid();
		try {
			IndicatorRules.check(new IndicatorInput(day, v.workers(), v.capacityPiecesPerMonth(), v.annualSalesIdr(),
					v.naturalDyePercent(), v.batikmark(), v.indiScore()), TODAY);
			return "accepted";
		}
		catch (InvalidInputException e) {
			FieldViolation only = e.violations().get(0);
			return only.field() + ":" + only.messageKey();
		}
	}
}
