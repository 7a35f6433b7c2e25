package id.canting.programme.impact.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.canting.shared.FieldChange;

/**
 * One measurement of a beneficiary's indicators as {@link IndicatorRules} accepted it.
 *
 * @param measuredOn the day the figures were measured (not the day they were entered)
 * @param workers the people working in the business
 * @param capacityPiecesPerMonth production capacity in pieces a month
 * @param annualSalesIdr sales of a year, in IDR
 * @param naturalDyePercent share of production dyed with natural dyes, 0 to 100
 * @param batikmark whether the beneficiary holds the Batikmark certification mark
 * @param indiScore INDI 4.0 readiness score (Permenperin 21/2020), 0.00 to 4.00, two decimals
 */
public record IndicatorMeasurement(LocalDate measuredOn, int workers, long capacityPiecesPerMonth, long annualSalesIdr,
		int naturalDyePercent, boolean batikmark, BigDecimal indiScore) {

	/** The fields that differ from {@code before}, for the change history. */
	List<FieldChange> changesFrom(IndicatorMeasurement before) {
		List<FieldChange> changes = new java.util.ArrayList<>();
		FieldChange.addIfChanged(changes, "measuredOn", before.measuredOn, measuredOn);
		FieldChange.addIfChanged(changes, "workers", before.workers, workers);
		FieldChange.addIfChanged(changes, "capacityPiecesPerMonth", before.capacityPiecesPerMonth, capacityPiecesPerMonth);
		FieldChange.addIfChanged(changes, "annualSalesIdr", before.annualSalesIdr, annualSalesIdr);
		FieldChange.addIfChanged(changes, "naturalDyePercent", before.naturalDyePercent, naturalDyePercent);
		FieldChange.addIfChanged(changes, "batikmark", before.batikmark, batikmark);
		if (before.indiScore.compareTo(indiScore) != 0) {
			changes.add(new FieldChange("indiScore", before.indiScore.toPlainString(), indiScore.toPlainString()));
		}
		return changes;
	}
}
