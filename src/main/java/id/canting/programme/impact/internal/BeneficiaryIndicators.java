package id.canting.programme.impact.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.programme.IndicatorPhase;
import id.canting.programme.IndicatorsRecorded;
import id.canting.programme.application.Application;
import id.canting.programme.application.ApplicationId;
import id.canting.shared.FieldChange;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * The indicators of one beneficiary: its baseline, measured before the programme, and its follow-up,
 * measured after; one of each, both in one aggregate so it can guard their order itself. A follow-up
 * needs a baseline (422) and is not measured before it; a corrected baseline is not measured after its
 * follow-up (400, naming the day). Recording a phase again replaces it and says what changed.
 */
@Table("beneficiary_indicators")
public class BeneficiaryIndicators extends AbstractAggregateRoot<BeneficiaryIndicators> {

	private @Id Long id;
	private Long applicationId;
	private Long programmeId;
	private String provinceCode;
	private LocalDate baselineMeasuredOn;
	private Integer baselineWorkers;
	@Column("baseline_capacity_pieces")
	private Long baselineCapacity;
	private Long baselineSalesIdr;
	private Integer baselineNaturalDyePercent;
	private Boolean baselineBatikmark;
	private BigDecimal baselineIndiScore;
	private String baselineRecordedBy;
	private Instant baselineRecordedAt;
	private LocalDate followUpMeasuredOn;
	private Integer followUpWorkers;
	@Column("follow_up_capacity_pieces")
	private Long followUpCapacity;
	private Long followUpSalesIdr;
	private Integer followUpNaturalDyePercent;
	private Boolean followUpBatikmark;
	private BigDecimal followUpIndiScore;
	private String followUpRecordedBy;
	private Instant followUpRecordedAt;
	private Instant createdAt;
	private Instant updatedAt;
	/** Primitive, so the first save writes 1 and 0 means nothing recorded yet (what a client sends before the first). */
	private @Version int version;

	BeneficiaryIndicators() {
		// for Spring Data JDBC
	}

	/** No measurement yet for this beneficiary. */
	static BeneficiaryIndicators none(Application beneficiary, Instant now) {
		return none(beneficiary.id().value(), beneficiary.programmeId().value(), beneficiary.provinceCode(), now);
	}

	static BeneficiaryIndicators none(long applicationId, long programmeId, String provinceCode, Instant now) {
		BeneficiaryIndicators indicators = new BeneficiaryIndicators();
		indicators.applicationId = applicationId;
		indicators.programmeId = programmeId;
		indicators.provinceCode = provinceCode;
		indicators.createdAt = now;
		indicators.updatedAt = now;
		return indicators;
	}

	/**
	 * Records (or replaces) the measurement of one phase; returns whether anything was recorded (false
	 * when the same measurement is sent again).
	 *
	 * @throws IndicatorRefusedException for a follow-up before any baseline
	 * @throws InvalidInputException ({@code measuredOn}) when the follow-up would come before the baseline
	 */
	boolean record(IndicatorPhase phase, IndicatorMeasurement measurement, String by, Instant now) {
		Optional<IndicatorMeasurement> baseline = measurement(IndicatorPhase.BASELINE);
		Optional<IndicatorMeasurement> followUp = measurement(IndicatorPhase.FOLLOW_UP);
		if (phase == IndicatorPhase.FOLLOW_UP) {
			IndicatorMeasurement before = baseline
				.orElseThrow(() -> new IndicatorRefusedException("programme.indicator.baseline-first"));
			if (measurement.measuredOn().isBefore(before.measuredOn())) {
				throw new InvalidInputException(List.of(FieldViolation.of("measuredOn",
						"indicator.validation.before-baseline", before.measuredOn().toString())));
			}
		}
		else if (followUp.isPresent() && measurement.measuredOn().isAfter(followUp.get().measuredOn())) {
			throw new InvalidInputException(List.of(FieldViolation.of("measuredOn",
					"indicator.validation.after-follow-up", followUp.get().measuredOn().toString())));
		}
		Optional<IndicatorMeasurement> previous = phase == IndicatorPhase.BASELINE ? baseline : followUp;
		List<FieldChange> changes = previous.map(measurement::changesFrom).orElse(List.of());
		if (previous.isPresent() && changes.isEmpty()) {
			return false;
		}
		set(phase, measurement, by, now);
		updatedAt = now;
		registerEvent(new IndicatorsRecorded(applicationId, programmeId, provinceCode, phase, measurement.measuredOn(),
				previous.isEmpty(), changes, by));
		return true;
	}

	private void set(IndicatorPhase phase, IndicatorMeasurement m, String by, Instant now) {
		if (phase == IndicatorPhase.BASELINE) {
			baselineMeasuredOn = m.measuredOn();
			baselineWorkers = m.workers();
			baselineCapacity = m.capacityPiecesPerMonth();
			baselineSalesIdr = m.annualSalesIdr();
			baselineNaturalDyePercent = m.naturalDyePercent();
			baselineBatikmark = m.batikmark();
			baselineIndiScore = m.indiScore();
			baselineRecordedBy = by;
			baselineRecordedAt = now;
		}
		else {
			followUpMeasuredOn = m.measuredOn();
			followUpWorkers = m.workers();
			followUpCapacity = m.capacityPiecesPerMonth();
			followUpSalesIdr = m.annualSalesIdr();
			followUpNaturalDyePercent = m.naturalDyePercent();
			followUpBatikmark = m.batikmark();
			followUpIndiScore = m.indiScore();
			followUpRecordedBy = by;
			followUpRecordedAt = now;
		}
	}

	/** The measurement of a phase, when it was recorded. */
	public Optional<IndicatorMeasurement> measurement(IndicatorPhase phase) {
		if (phase == IndicatorPhase.BASELINE) {
			return baselineMeasuredOn == null ? Optional.empty()
					: Optional.of(new IndicatorMeasurement(baselineMeasuredOn, baselineWorkers, baselineCapacity,
							baselineSalesIdr, baselineNaturalDyePercent, baselineBatikmark, scaled(baselineIndiScore)));
		}
		return followUpMeasuredOn == null ? Optional.empty()
				: Optional.of(new IndicatorMeasurement(followUpMeasuredOn, followUpWorkers, followUpCapacity,
						followUpSalesIdr, followUpNaturalDyePercent, followUpBatikmark, scaled(followUpIndiScore)));
	}

	/** Who recorded the phase last, or null before it was recorded. */
	public String recordedBy(IndicatorPhase phase) {
		return phase == IndicatorPhase.BASELINE ? baselineRecordedBy : followUpRecordedBy;
	}

	/** When the phase was recorded last, or null before it was. */
	public Instant recordedAt(IndicatorPhase phase) {
		return phase == IndicatorPhase.BASELINE ? baselineRecordedAt : followUpRecordedAt;
	}

	public ApplicationId applicationId() {
		return new ApplicationId(applicationId);
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public int version() {
		return version;
	}

	private static BigDecimal scaled(BigDecimal score) {
		return score == null ? null : score.setScale(IndicatorRules.INDI_DECIMALS);
	}
}
