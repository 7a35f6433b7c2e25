package id.canting.development.web;

import java.util.List;

import id.canting.development.internal.FacilityCondition;
import id.canting.development.internal.FacilityKind;
import id.canting.development.internal.FacilityLine;

/** The whole list of a sentra's facilities, replacing the one it had: {@code PUT /api/v1/sentra/{id}/facilities}. */
record FacilitiesRequest(List<FacilityRequest> facilities) {

	/** One facility: its kind, a name (required for EQUIPMENT), how many units (0 or more) and their condition. */
	record FacilityRequest(FacilityKind kind, String name, Integer count, FacilityCondition condition) {
	}

	List<FacilityLine> lines() {
		return facilities == null ? List.of()
				: facilities.stream().map(f -> f == null ? null : new FacilityLine(f.kind(), f.name(), f.count(), f.condition()))
					.toList();
	}
}
