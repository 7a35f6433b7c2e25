package id.canting.programme.impact.internal;

import java.time.Instant;

import id.canting.programme.IndicatorPhase;
import id.canting.programme.application.ApplicationStatus;

/**
 * A beneficiary's indicators as its page and the API show them: the application they belong to, the
 * baseline and the follow-up (null until recorded), and whether the reader may record them.
 *
 * @param beneficiary whether the application is a beneficiary (approved, realised or closed); only then
 *        can indicators be recorded
 * @param version the version to send back when replacing a measurement (0 before the first)
 */
public record ApplicationIndicators(long applicationId, String programmeCode, String programmeName,
		String applicantName, String provinceCode, ApplicationStatus status, boolean beneficiary, Recorded baseline,
		Recorded followUp, int version, boolean mayRecord) {

	/** One phase's measurement, and who recorded it when. */
	public record Recorded(IndicatorMeasurement measurement, String recordedBy, Instant recordedAt) {
	}

	/** The recorded phase, or null. */
	public Recorded of(IndicatorPhase phase) {
		return phase == IndicatorPhase.BASELINE ? baseline : followUp;
	}
}
