package id.canting.development.web;

import id.canting.shared.Actor;
import id.canting.shared.Role;

/**
 * Which province the map page and its download show: the one asked for ({@code ?province=}), every
 * province for {@code all}, and without a choice an officer's own province (an admin's: all).
 */
final class ProvinceChoice {

	/** The value of {@code ?province=} that asks for every province. */
	static final String ALL = "all";

	private ProvinceChoice() {
	}

	/** The province code to rank, or null for all provinces. */
	static String of(String province, Actor actor) {
		if (province == null || province.isBlank()) {
			return actor.role() == Role.OFFICER ? actor.provinceCode() : null;
		}
		return ALL.equals(province) ? null : province;
	}
}
