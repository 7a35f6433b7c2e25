package id.canting.allocation.internal;

import static id.canting.allocation.internal.AllocationMother.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.registry.Technique;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/** An order's field rules: every problem named with its field and rule, printing refused as not batik. */
class OrderRulesTest {

	static List<FieldViolation> violations(OrderInput input) {
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
				() -> OrderRules.check(input, code -> List.of("31", "33", "35").contains(code)));
		assertThat(e).as("refused").isNotNull();
		return e.violations();
	}

	static OrderInput with(String technique, Long quantity, List<OrderInput.PointInput> points, Long lot,
			BigDecimal share, BigDecimal fairness, LocalDate dueOn) {
		OrderInput o = anOrder();
		return new OrderInput(o.title(), o.buyerName(), null, technique, o.motif(), o.fabric(), o.unit(), quantity,
				o.startsOn(), dueOn, true, false, "NOT_REQUIRED", "NOT_REQUIRED", false, lot, share, fairness, points,
				List.of("33"));
	}

	@Test
	void acceptsAValidOrderAndIgnoresBlankPointRows() {
		OrderInput o = anOrder();
		List<OrderInput.PointInput> rows = new java.util.ArrayList<>(o.points());
		rows.add(new OrderInput.PointInput("", " ", null, null));
		OrderContent c = OrderRules.check(with("cap", 1000L, rows, 50L, new BigDecimal("25"), new BigDecimal("0.5"),
				o.dueOn()), code -> List.of("31", "33", "35").contains(code));
		assertThat(c.technique()).isEqualTo(Technique.CAP);
		assertThat(c.points()).extracting(OrderContent.Point::code).containsExactly("JKT", "SUB");
		assertThat(c.preferredProvinces()).containsExactly("33");
		assertThat(c.minimumLot()).isEqualTo(50);
	}

	@Test
	void refusesPrintingAsNotBatik() {
		assertThat(violations(with("PRINT", 1000L, anOrder().points(), 0L, null, BigDecimal.ZERO, anOrder().dueOn())))
			.containsExactly(FieldViolation.of("technique", "allocation.order.rule.print-not-batik"));
	}

	@Test
	void refusesPointsThatDoNotAddUpToTheQuantity() {
		assertThat(violations(with("CAP", 1200L, anOrder().points(), 0L, null, BigDecimal.ZERO, anOrder().dueOn())))
			.containsExactly(FieldViolation.of("points", "allocation.order.rule.points-sum", 1000L, 1200L));
	}

	@Test
	void namesEachBadPointByItsRow() {
		List<OrderInput.PointInput> points = List.of(new OrderInput.PointInput("JKT", "Jakarta", "31", 1000L),
				new OrderInput.PointInput("jkt", "Lagi", "99", 0L));
		assertThat(violations(with("CAP", 1000L, points, 0L, null, BigDecimal.ZERO, anOrder().dueOn())))
			.extracting(FieldViolation::field, FieldViolation::messageKey)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("points[1].code", "allocation.order.rule.point-code-twice"),
					org.assertj.core.groups.Tuple.tuple("points[1].provinceCode", "allocation.order.rule.unknown-province"),
					org.assertj.core.groups.Tuple.tuple("points[1].quantity", "allocation.order.rule.positive"));
	}

	@Test
	void refusesRulesOutOfTheirRanges() {
		assertThat(violations(with("CAP", 1000L, anOrder().points(), 1001L, new BigDecimal("100.5"),
				new BigDecimal("1.2"), LocalDate.of(2026, 2, 1))))
			.extracting(FieldViolation::field)
			.containsExactlyInAnyOrder("minimumLot", "maximumSharePercent", "fairnessFactor", "dueOn");
	}

	@Test
	void requiresPointsAndAQuantity() {
		assertThat(violations(with(null, null, List.of(), 0L, null, null, anOrder().dueOn())))
			.extracting(FieldViolation::field)
			.containsExactlyInAnyOrder("technique", "quantity", "points");
	}
}
