package id.canting.programme.impact.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import id.canting.programme.impact.internal.ApplicationIndicators;
import id.canting.programme.impact.internal.IndicatorMeasurement;

/** A beneficiary's indicators as {@code /api/v1} shows them; a phase not yet measured is null. */
record IndicatorResponse(long applicationId, String programmeCode, String programmeName, String applicantName,
		String provinceCode, String status, boolean beneficiary, Phase baseline, Phase followUp, int version) {

	/** One measurement, and who recorded it when. */
	record Phase(LocalDate measuredOn, int workers, long capacityPiecesPerMonth, long annualSalesIdr,
			int naturalDyePercent, boolean batikmark, BigDecimal indiScore, String recordedBy, Instant recordedAt) {

		static Phase of(ApplicationIndicators.Recorded recorded) {
			if (recorded == null) {
				return null;
			}
			IndicatorMeasurement m = recorded.measurement();
			return new Phase(m.measuredOn(), m.workers(), m.capacityPiecesPerMonth(), m.annualSalesIdr(),
					m.naturalDyePercent(), m.batikmark(), m.indiScore(), recorded.recordedBy(), recorded.recordedAt());
		}
	}

	static IndicatorResponse of(ApplicationIndicators i) {
		return new IndicatorResponse(i.applicationId(), i.programmeCode(), i.programmeName(), i.applicantName(),
				i.provinceCode(), i.status().name(), i.beneficiary(), Phase.of(i.baseline()), Phase.of(i.followUp()),
				i.version());
	}
}
