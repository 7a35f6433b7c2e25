package id.canting.registry.internal;

import java.util.List;

import id.canting.registry.reports.ReportStatus;
import id.canting.registry.reports.Semester;
import id.canting.shared.PageResponse;

/**
 * Which active IKM have reported for a semester: reported means a report was submitted (accepted or
 * still under review); a draft or returned report is not yet a report. Counted per province and per
 * sentra (IKM outside any sentra form their own line per province), with the IKM still missing.
 *
 * @param provinceCode the province looked at, or {@code null} for all
 */
public record Compliance(Semester semester, String provinceCode, long activeIkm, long reported,
		List<Line> byProvince, List<Line> bySentra, PageResponse<MissingIkm> missing) {

	public long missingCount() {
		return activeIkm - reported;
	}

	/**
	 * Active IKM and how many of them reported, for a province ({@code sentraId} null) or for a sentra
	 * of it; on a sentra line, a null {@code sentraId} stands for the IKM outside any sentra.
	 */
	public record Line(String provinceCode, Long sentraId, String sentraName, long activeIkm, long reported) {

		public long missing() {
			return activeIkm - reported;
		}
	}

	/** An active IKM without a submitted report; {@code reportStatus} says whether a draft or returned one exists. */
	public record MissingIkm(long id, String name, String regencyCode, String provinceCode, Long sentraId,
			String sentraName, ReportStatus reportStatus) {
	}
}
