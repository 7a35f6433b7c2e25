package id.canting.statistics;

import java.time.Instant;
import java.util.List;

/**
 * The workforce per semester from {@code from} to {@code to} as the accepted semester reports state
 * it, for the country or one province ({@code province} null for the country). A semester without
 * accepted reports is listed with zeros, so the series has no gaps.
 */
public record WorkforceSeries(String from, String to, String province, String definition, String source,
		Instant asOf, List<Point> semesters) {

	/** One semester: IKM with an accepted report, and the workers those reports give. */
	public record Point(String semester, long ikmReporting, long workersMale, long workersFemale, long workers) {
	}
}
