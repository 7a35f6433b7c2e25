package id.canting.programme.impact.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import id.canting.programme.IndicatorPhase;
import id.canting.programme.IndicatorsRecorded;
import id.canting.shared.FieldChange;
import id.canting.shared.InvalidInputException;

/** A beneficiary's indicators guard the order of baseline and follow-up, and say what a correction changed. */
class BeneficiaryIndicatorsTest {

	static final Instant NOW = Instant.parse("2024-11-01T03:00:00Z");

	static IndicatorMeasurement on(String day, int workers) {
		return new IndicatorMeasurement(LocalDate.parse(day), workers, 400, 240_000_000L, 30, false,
				new BigDecimal("1.75"));
	}

	static BeneficiaryIndicators fresh() {
		return BeneficiaryIndicators.none(7L, 3L, "33", NOW);
	}

	@Test
	void recordsABaselineThenAFollowUpEachWithItsEvent() {
		BeneficiaryIndicators indicators = fresh();
		assertThat(indicators.record(IndicatorPhase.BASELINE, on("2024-03-01", 12), "officer.33", NOW)).isTrue();
		assertThat(indicators.record(IndicatorPhase.FOLLOW_UP, on("2024-09-01", 14), "officer.33", NOW)).isTrue();
		assertThat(indicators.measurement(IndicatorPhase.BASELINE)).get().extracting(IndicatorMeasurement::workers)
			.isEqualTo(12);
		assertThat(indicators.measurement(IndicatorPhase.FOLLOW_UP)).get().extracting(IndicatorMeasurement::workers)
			.isEqualTo(14);
		assertThat(indicators.recordedBy(IndicatorPhase.FOLLOW_UP)).isEqualTo("officer.33");
		assertThat(events(indicators)).hasSize(2).allSatisfy(e -> {
			IndicatorsRecorded recorded = (IndicatorsRecorded) e;
			assertThat(recorded.first()).isTrue();
			assertThat(recorded.applicationId()).isEqualTo(7L);
			assertThat(recorded.provinceCode()).isEqualTo("33");
		});
	}

	@Test
	void refusesAFollowUpBeforeAnyBaseline() {
		BeneficiaryIndicators indicators = fresh();
		assertThatThrownBy(() -> indicators.record(IndicatorPhase.FOLLOW_UP, on("2024-09-01", 14), "admin", NOW))
			.isInstanceOf(IndicatorRefusedException.class)
			.hasMessage("programme.indicator.baseline-first");
		assertThat(indicators.measurement(IndicatorPhase.FOLLOW_UP)).isEmpty();
		assertThat(events(indicators)).isEmpty();
	}

	@Test
	void refusesAFollowUpMeasuredBeforeTheBaselineButAcceptsTheSameDay() {
		BeneficiaryIndicators indicators = fresh();
		indicators.record(IndicatorPhase.BASELINE, on("2024-03-01", 12), "admin", NOW);
		assertThatThrownBy(() -> indicators.record(IndicatorPhase.FOLLOW_UP, on("2024-02-29", 14), "admin", NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> {
				assertThat(e.violations().get(0).field()).isEqualTo("measuredOn");
				assertThat(e.violations().get(0).messageKey()).isEqualTo("indicator.validation.before-baseline");
			});
		assertThat(indicators.record(IndicatorPhase.FOLLOW_UP, on("2024-03-01", 14), "admin", NOW)).isTrue();
	}

	@Test
	void refusesACorrectedBaselineAfterItsFollowUp() {
		BeneficiaryIndicators indicators = fresh();
		indicators.record(IndicatorPhase.BASELINE, on("2024-03-01", 12), "admin", NOW);
		indicators.record(IndicatorPhase.FOLLOW_UP, on("2024-09-01", 14), "admin", NOW);
		assertThatThrownBy(() -> indicators.record(IndicatorPhase.BASELINE, on("2024-09-02", 12), "admin", NOW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("indicator.validation.after-follow-up"));
		assertThat(indicators.measurement(IndicatorPhase.BASELINE)).get()
			.extracting(IndicatorMeasurement::measuredOn).isEqualTo(LocalDate.parse("2024-03-01"));
	}

	@Test
	void aCorrectionListsWhatChangedAndTheSameMeasurementAgainChangesNothing() {
		BeneficiaryIndicators indicators = fresh();
		indicators.record(IndicatorPhase.BASELINE, on("2024-03-01", 12), "officer.33", NOW);
		ReflectionTestUtils.invokeMethod(indicators, "clearDomainEvents");
		assertThat(indicators.record(IndicatorPhase.BASELINE, on("2024-03-01", 12), "admin", NOW)).isFalse();
		assertThat(events(indicators)).isEmpty();
		IndicatorMeasurement corrected = new IndicatorMeasurement(LocalDate.parse("2024-03-01"), 13, 400, 240_000_000L,
				30, true, new BigDecimal("1.80"));
		assertThat(indicators.record(IndicatorPhase.BASELINE, corrected, "admin", NOW)).isTrue();
		IndicatorsRecorded event = (IndicatorsRecorded) events(indicators).iterator().next();
		assertThat(event.first()).isFalse();
		assertThat(event.changes()).containsExactly(new FieldChange("workers", "12", "13"),
				new FieldChange("batikmark", "false", "true"), new FieldChange("indiScore", "1.75", "1.80"));
		assertThat(indicators.recordedBy(IndicatorPhase.BASELINE)).isEqualTo("admin");
	}

	/** The events the aggregate registered (AbstractAggregateRoot keeps them protected). */
	private static Collection<Object> events(BeneficiaryIndicators indicators) {
		return ReflectionTestUtils.invokeMethod(indicators, "domainEvents");
	}
}
