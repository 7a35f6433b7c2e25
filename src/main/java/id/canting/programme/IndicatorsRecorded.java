package id.canting.programme;

import java.time.LocalDate;
import java.util.List;

import id.canting.shared.FieldChange;

/**
 * A beneficiary's baseline or follow-up indicators were recorded for the first time ({@code first}),
 * or changed (then {@code changes} says how).
 */
public record IndicatorsRecorded(long applicationId, long programmeId, String provinceCode, IndicatorPhase phase,
		LocalDate measuredOn, boolean first, List<FieldChange> changes, String by) {
}
