package id.canting.allocation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.canting.registry.Technique;

/** What an order says (everything but its reference, status and history), as written by ADMIN. */
public record OrderContent(String title, String buyerName, String buyerUsername, Technique technique, String motif,
		String fabric, OrderUnit unit, long quantity, LocalDate startsOn, LocalDate dueOn, boolean requireNib,
		boolean requireKbli13134, CertificateRule batikmarkRule, CertificateRule halalRule,
		boolean requireCapCapability, long minimumLot, BigDecimal maximumSharePercent, BigDecimal fairnessFactor,
		List<Point> points, Set<String> preferredProvinces) {

	public OrderContent {
		points = points == null ? List.of() : List.copyOf(points);
		preferredProvinces = preferredProvinces == null ? Set.of() : Set.copyOf(preferredProvinces);
	}

	/** A delivery point as written. */
	public record Point(String code, String name, String provinceCode, long quantity) {
	}
}
