package id.canting.programme.impact.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.canting.shared.DateFields;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * The field rules of a beneficiary's indicator measurement, shared by the API and the form: every
 * figure is required; counts and amounts are whole numbers of at least zero; the natural-dye share is
 * a whole percentage; the INDI 4.0 score lies on the scale of Permenperin 21/2020 (0 not ready to 4
 * applying) with at most two decimals; the day is not in the future. Whether a follow-up comes after
 * its baseline needs the other measurement, so {@link BeneficiaryIndicators} checks that.
 */
public final class IndicatorRules {

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
	static final int MAX_WORKERS = 100_000;
	/** Pieces a month; far above any IKM, so only a slipped finger is refused. */
	static final long MAX_PIECES = 100_000_000L;
	/** Rp1,000 trillion a year: far above any IKM, so only a slipped finger is refused. */
	static final long MAX_IDR = 1_000_000_000_000_000L;
	static final BigDecimal MAX_INDI = new BigDecimal("4.00");
	static final int INDI_DECIMALS = 2;

	private IndicatorRules() {
	}

	/**
	 * Reads a measurement, or refuses it listing every broken rule.
	 *
	 * @param today the ministry's today, as no measurement is taken in the future
	 * @throws InvalidInputException naming each field and rule
	 */
	public static IndicatorMeasurement check(IndicatorInput input, LocalDate today) {
		List<FieldViolation> v = new ArrayList<>();
		LocalDate measuredOn = day(input.measuredOn(), today, v);
		whole(v, "workers", input.workers() == null ? null : input.workers().longValue(), MAX_WORKERS);
		whole(v, "capacityPiecesPerMonth", input.capacityPiecesPerMonth(), MAX_PIECES);
		whole(v, "annualSalesIdr", input.annualSalesIdr(), MAX_IDR);
		Integer naturalDye = input.naturalDyePercent();
		if (naturalDye == null) {
			v.add(FieldViolation.of("naturalDyePercent", "validation.required"));
		}
		else if (naturalDye < 0 || naturalDye > 100) {
			v.add(FieldViolation.of("naturalDyePercent", "indicator.validation.percent"));
		}
		if (input.batikmark() == null) {
			v.add(FieldViolation.of("batikmark", "validation.required"));
		}
		BigDecimal indi = indiScore(input.indiScore(), v);
		if (!v.isEmpty()) {
			throw new InvalidInputException(v);
		}
		return new IndicatorMeasurement(measuredOn, input.workers(), input.capacityPiecesPerMonth(), input.annualSalesIdr(),
				naturalDye, input.batikmark(), indi);
	}

	private static LocalDate day(String raw, LocalDate today, List<FieldViolation> v) {
		LocalDate day = DateFields.parse("measuredOn", raw, true, v);
		if (day == null) {
			return null;
		}
		if (day.isAfter(today)) {
			v.add(FieldViolation.of("measuredOn", "indicator.validation.future"));
		}
		else if (day.isBefore(EARLIEST)) {
			v.add(FieldViolation.of("measuredOn", "indicator.validation.too-early", EARLIEST.toString()));
		}
		return day;
	}

	/** A whole number from 0 to {@code max}. */
	private static void whole(List<FieldViolation> v, String field, Long value, long max) {
		if (value == null) {
			v.add(FieldViolation.of(field, "validation.required"));
		}
		else if (value < 0) {
			v.add(FieldViolation.of(field, "validation.not-negative"));
		}
		else if (value > max) {
			v.add(FieldViolation.of(field, "validation.max", max));
		}
	}

	private static BigDecimal indiScore(BigDecimal score, List<FieldViolation> v) {
		if (score == null) {
			v.add(FieldViolation.of("indiScore", "validation.required"));
			return null;
		}
		if (score.signum() < 0 || score.compareTo(MAX_INDI) > 0) {
			v.add(FieldViolation.of("indiScore", "indicator.validation.indi-score"));
			return null;
		}
		if (score.stripTrailingZeros().scale() > INDI_DECIMALS) {
			v.add(FieldViolation.of("indiScore", "validation.decimals", INDI_DECIMALS));
			return null;
		}
		return score.setScale(INDI_DECIMALS);
	}
}
