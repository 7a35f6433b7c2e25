package id.canting.allocation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as a form or the API sends it, before its rules are checked ({@link OrderRules}): enums as
 * text so that a refused value (PRINT) is named with its rule rather than failing to bind.
 */
public record OrderInput(String title, String buyerName, String buyerUsername, String technique, String motif,
		String fabric, String unit, Long quantity, LocalDate startsOn, LocalDate dueOn, Boolean requireNib,
		Boolean requireKbli13134, String batikmarkRule, String halalRule, Boolean requireCapCapability,
		Long minimumLot, BigDecimal maximumSharePercent, BigDecimal fairnessFactor, List<PointInput> points,
		List<String> preferredProvinces) {

	public OrderInput {
		points = points == null ? List.of() : points.stream().filter(p -> p != null && !p.isBlank()).toList();
		preferredProvinces = preferredProvinces == null ? List.of()
				: preferredProvinces.stream().filter(p -> p != null && !p.isBlank()).toList();
	}

	/** A delivery point as sent. */
	public record PointInput(String code, String name, String provinceCode, Long quantity) {

		/** An empty row of a form (every field blank) is no point. */
		boolean isBlank() {
			return blank(code) && blank(name) && blank(provinceCode) && quantity == null;
		}

		private static boolean blank(String s) {
			return s == null || s.isBlank();
		}
	}
}
