package id.canting.programme.impact.web;

import java.math.BigDecimal;

import id.canting.programme.impact.internal.IndicatorInput;

/**
 * {@code PUT /api/v1/applications/{id}/indicators/{phase}}: one measurement; {@code version} (optional)
 * is the version read, so a correction does not overwrite someone else's.
 */
record IndicatorRequest(String measuredOn, Integer workers, Long capacityPiecesPerMonth, Long annualSalesIdr,
		Integer naturalDyePercent, Boolean batikmark, BigDecimal indiScore, Integer version) {

	IndicatorInput toInput() {
		return new IndicatorInput(measuredOn, workers, capacityPiecesPerMonth, annualSalesIdr, naturalDyePercent,
				batikmark, indiScore);
	}
}
