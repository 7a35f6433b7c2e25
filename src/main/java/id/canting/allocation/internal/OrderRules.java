package id.canting.allocation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import id.canting.registry.Technique;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * The field rules of an order, all checked at once so the writer sees every problem: required text
 * within its column, technique CAP, TULIS or KOMBINASI (PRINT — printing — is not batik), a positive
 * quantity, a due date not before the start, delivery points with unique codes, known provinces and
 * positive quantities that add up to the order's quantity, a minimum lot not above the quantity, a
 * maximum share in (0, 100] and a fairness factor in [0, 1]. Field names are the API's
 * ({@code points[1].quantity} for a point's).
 */
public final class OrderRules {

	/** At most this many delivery points (the Hajj embarkation points are 14). */
	public static final int MAX_POINTS = 50;

	private OrderRules() {
	}

	/**
	 * The order's content, or every violation.
	 *
	 * @param provinces the known province codes
	 */
	public static OrderContent check(OrderInput in, Predicate<String> provinces) {
		List<FieldViolation> v = new ArrayList<>();
		String title = text(v, "title", in.title(), 200, true);
		String buyerName = text(v, "buyerName", in.buyerName(), 200, true);
		String buyerUsername = text(v, "buyerUsername", in.buyerUsername(), 100, false);
		Technique technique = technique(v, in.technique());
		String motif = text(v, "motif", in.motif(), 200, false);
		String fabric = text(v, "fabric", in.fabric(), 200, false);
		OrderUnit unit = choice(v, "unit", in.unit(), OrderUnit.class, null);
		long quantity = positive(v, "quantity", in.quantity());
		if (in.startsOn() == null) {
			v.add(FieldViolation.of("startsOn", "allocation.order.rule.required"));
		}
		if (in.dueOn() == null) {
			v.add(FieldViolation.of("dueOn", "allocation.order.rule.required"));
		}
		else if (in.startsOn() != null && in.dueOn().isBefore(in.startsOn())) {
			v.add(FieldViolation.of("dueOn", "allocation.order.rule.due-before-start", in.startsOn()));
		}
		CertificateRule batikmark = choice(v, "batikmarkRule", in.batikmarkRule(), CertificateRule.class,
				CertificateRule.NOT_REQUIRED);
		CertificateRule halal = choice(v, "halalRule", in.halalRule(), CertificateRule.class, CertificateRule.NOT_REQUIRED);
		long minimumLot = in.minimumLot() == null ? 0 : in.minimumLot();
		if (minimumLot < 0) {
			v.add(FieldViolation.of("minimumLot", "allocation.order.rule.not-negative"));
		}
		else if (quantity > 0 && minimumLot > quantity) {
			v.add(FieldViolation.of("minimumLot", "allocation.order.rule.lot-above-quantity", quantity));
		}
		BigDecimal share = in.maximumSharePercent();
		if (share != null && (share.signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0 || share.scale() > 2)) {
			v.add(FieldViolation.of("maximumSharePercent", "allocation.order.rule.share-range"));
		}
		BigDecimal fairness = in.fairnessFactor() == null ? BigDecimal.ZERO : in.fairnessFactor();
		if (fairness.signum() < 0 || fairness.compareTo(BigDecimal.ONE) > 0 || fairness.stripTrailingZeros().scale() > 3) {
			v.add(FieldViolation.of("fairnessFactor", "allocation.order.rule.fairness-range"));
		}
		List<OrderContent.Point> points = points(v, in.points(), provinces, quantity);
		Set<String> preferred = new LinkedHashSet<>();
		for (String code : in.preferredProvinces()) {
			if (!provinces.test(code.strip())) {
				v.add(FieldViolation.of("preferredProvinces", "allocation.order.rule.unknown-province", code));
			}
			preferred.add(code.strip());
		}
		if (!v.isEmpty()) {
			throw new InvalidInputException(v);
		}
		return new OrderContent(title, buyerName, buyerUsername, technique, motif, fabric, unit, quantity, in.startsOn(),
				in.dueOn(), bool(in.requireNib()), bool(in.requireKbli13134()), batikmark, halal,
				bool(in.requireCapCapability()), minimumLot, share, fairness, points, preferred);
	}

	private static List<OrderContent.Point> points(List<FieldViolation> v, List<OrderInput.PointInput> in,
			Predicate<String> provinces, long quantity) {
		if (in.isEmpty()) {
			v.add(FieldViolation.of("points", "allocation.order.rule.points-required"));
			return List.of();
		}
		if (in.size() > MAX_POINTS) {
			v.add(FieldViolation.of("points", "allocation.order.rule.points-too-many", MAX_POINTS));
			return List.of();
		}
		List<OrderContent.Point> points = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		long sum = 0;
		boolean complete = true;
		for (int i = 0; i < in.size(); i++) {
			OrderInput.PointInput p = in.get(i);
			String prefix = "points[" + i + "].";
			String code = text(v, prefix + "code", p.code(), 20, true);
			if (code != null) {
				code = code.toUpperCase(Locale.ROOT);
				if (!codes.add(code)) {
					v.add(FieldViolation.of(prefix + "code", "allocation.order.rule.point-code-twice", code));
				}
			}
			String name = text(v, prefix + "name", p.name(), 200, true);
			String province = p.provinceCode() == null ? null : p.provinceCode().strip();
			if (province == null || province.isEmpty()) {
				v.add(FieldViolation.of(prefix + "provinceCode", "allocation.order.rule.required"));
			}
			else if (!provinces.test(province)) {
				v.add(FieldViolation.of(prefix + "provinceCode", "allocation.order.rule.unknown-province", province));
			}
			long q = positive(v, prefix + "quantity", p.quantity());
			complete &= q > 0;
			sum += Math.max(q, 0);
			points.add(new OrderContent.Point(code, name, province, q));
		}
		if (complete && quantity > 0 && sum != quantity) {
			v.add(FieldViolation.of("points", "allocation.order.rule.points-sum", sum, quantity));
		}
		return points;
	}

	private static Technique technique(List<FieldViolation> v, String value) {
		if (value == null || value.isBlank()) {
			v.add(FieldViolation.of("technique", "allocation.order.rule.required"));
			return null;
		}
		String name = value.strip().toUpperCase(Locale.ROOT);
		if (name.equals("PRINT") || name.equals("PRINTING")) {
			v.add(FieldViolation.of("technique", "allocation.order.rule.print-not-batik"));
			return null;
		}
		try {
			return Technique.valueOf(name);
		}
		catch (IllegalArgumentException e) {
			v.add(FieldViolation.of("technique", "allocation.order.rule.technique-unknown", value));
			return null;
		}
	}

	private static <E extends Enum<E>> E choice(List<FieldViolation> v, String field, String value, Class<E> type,
			E otherwise) {
		if (value == null || value.isBlank()) {
			if (otherwise == null) {
				v.add(FieldViolation.of(field, "allocation.order.rule.required"));
			}
			return otherwise;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			v.add(FieldViolation.of(field, "allocation.order.rule.choice-unknown", value));
			return otherwise;
		}
	}

	private static String text(List<FieldViolation> v, String field, String value, int max, boolean required) {
		String s = value == null ? "" : value.strip();
		if (s.isEmpty()) {
			if (required) {
				v.add(FieldViolation.of(field, "allocation.order.rule.required"));
			}
			return null;
		}
		if (s.length() > max) {
			v.add(FieldViolation.of(field, "allocation.order.rule.too-long", max));
		}
		return s;
	}

	private static long positive(List<FieldViolation> v, String field, Long value) {
		if (value == null) {
			v.add(FieldViolation.of(field, "allocation.order.rule.required"));
			return 0;
		}
		if (value <= 0) {
			v.add(FieldViolation.of(field, "allocation.order.rule.positive"));
			return 0;
		}
		return value;
	}

	private static boolean bool(Boolean b) {
		return Boolean.TRUE.equals(b);
	}
}
