package id.canting.registry.web.report;

import java.util.List;

import id.canting.shared.PageResponse;

/**
 * Which active IKM have not reported for a semester (no submitted or accepted report), per province
 * and per sentra, with a page of the IKM still missing. {@code provinceCode} is null for all provinces.
 */
record ComplianceResponse(String semester, String provinceCode, long activeIkm, long reported, long missing,
		List<Line> byProvince, List<Line> bySentra, PageResponse<MissingIkm> missingIkm) {

	/** A province ({@code sentraId} null on byProvince) or a sentra of it (null sentraId: IKM outside any sentra). */
	record Line(String provinceCode, String provinceName, Long sentraId, String sentraName, long activeIkm,
			long reported, long missing) {
	}

	/** An IKM without a submitted report; {@code reportStatus} is DRAFT or RETURNED when one is under way, else null. */
	record MissingIkm(long id, String name, String regencyCode, String regencyName, String provinceCode,
			String provinceName, Long sentraId, String sentraName, String reportStatus) {
	}
}
