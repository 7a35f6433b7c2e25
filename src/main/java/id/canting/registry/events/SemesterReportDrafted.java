package id.canting.registry.events;

import java.util.List;

import id.canting.registry.IkmId;
import id.canting.registry.reports.Semester;
import id.canting.registry.reports.SemesterReportId;
import id.canting.shared.FieldChange;

/**
 * A semester report was filed as a draft, or its figures were changed while a draft or returned;
 * {@code changes} lists each changed figure with its old and new value (empty when first filed).
 */
public record SemesterReportDrafted(SemesterReportId id, IkmId ikmId, Semester semester, String provinceCode,
		List<FieldChange> changes, String by) {
}
