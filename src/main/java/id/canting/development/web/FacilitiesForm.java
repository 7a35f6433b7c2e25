package id.canting.development.web;

import java.util.ArrayList;
import java.util.List;

import id.canting.development.internal.FacilityCondition;
import id.canting.development.internal.FacilityKind;
import id.canting.development.internal.FacilityLine;
import id.canting.development.internal.SentraFacility;

/** The facilities edit form: one row per facility, with a few empty rows to add more. */
public class FacilitiesForm {

	static final int EMPTY_ROWS = 3;

	private List<Row> facilities = new ArrayList<>();

	static FacilitiesForm of(List<SentraFacility> current) {
		FacilitiesForm form = new FacilitiesForm();
		current.forEach(f -> form.facilities.add(new Row(f.kind(), f.name(), f.count(), f.condition())));
		return form;
	}

	/** Drops rows left empty, so the rules (and their field names) see only the rows filled in. */
	void dropEmptyRows() {
		facilities.removeIf(row -> row == null || row.isEmpty());
	}

	/** Empty rows after the filled ones, to add a facility. */
	FacilitiesForm withEmptyRows() {
		for (int i = 0; i < EMPTY_ROWS; i++) {
			facilities.add(new Row());
		}
		return this;
	}

	List<FacilityLine> lines() {
		return facilities.stream().map(r -> new FacilityLine(r.getKind(), r.getName(), r.getCount(), r.getCondition())).toList();
	}

	public List<Row> getFacilities() {
		return facilities;
	}

	public void setFacilities(List<Row> facilities) {
		this.facilities = facilities;
	}

	/** One facility row. */
	public static class Row {

		private FacilityKind kind;
		private String name;
		private Integer count;
		private FacilityCondition condition;

		public Row() {
		}

		Row(FacilityKind kind, String name, Integer count, FacilityCondition condition) {
			this.kind = kind;
			this.name = name;
			this.count = count;
			this.condition = condition;
		}

		boolean isEmpty() {
			return kind == null && (name == null || name.isBlank()) && count == null && condition == null;
		}

		public FacilityKind getKind() {
			return kind;
		}

		public void setKind(FacilityKind kind) {
			this.kind = kind;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Integer getCount() {
			return count;
		}

		public void setCount(Integer count) {
			this.count = count;
		}

		public FacilityCondition getCondition() {
			return condition;
		}

		public void setCondition(FacilityCondition condition) {
			this.condition = condition;
		}
	}
}
