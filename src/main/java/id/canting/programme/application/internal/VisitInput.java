package id.canting.programme.application.internal;

import java.util.List;

/**
 * A verification visit as the officer reports it: the day ({@code 2024-05-20}), whether the company
 * exists, one finding per claim line, and notes.
 */
public record VisitInput(String visitedOn, Boolean companyExists, List<Finding> machines, String notes) {

	/** What was found for claim line {@code line} (numbered from 1). */
	public record Finding(Integer line, Boolean present, Boolean isNew) {
	}
}
