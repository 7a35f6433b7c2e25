package id.canting.allocation.internal.progress;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.CertificateRule;
import id.canting.allocation.internal.OrderContent;
import id.canting.allocation.internal.OrderUnit;
import id.canting.allocation.internal.progress.ProgressInput.DeliveryInput;
import id.canting.registry.IkmId;
import id.canting.registry.Technique;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * The report rules on one producer allocated 600 (JKT 400, SBY 200) that reported 100 produced and
 * delivered 50 at JKT, on an order that started on 1 March 2026; today is 20 March 2026.
 */
class ProgressRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
	static final long JKT = 11;
	static final long SBY = 12;

	final AllocationOrder order = order();
	final ProducerStanding standing = new ProducerStanding(new IkmId(7), "33", 600, 100, 50,
			Map.of(JKT, 400L, SBY, 200L), Map.of(JKT, 50L));

	static AllocationOrder order() {
		AllocationOrder o = AllocationOrder.draft("ALC-R", new OrderContent("Seragam", "Bank", null, Technique.CAP, null,
				null, OrderUnit.PIECE, 1000, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), false, false,
				CertificateRule.NOT_REQUIRED, CertificateRule.NOT_REQUIRED, false, 0, null, BigDecimal.ZERO,
				List.of(new OrderContent.Point("JKT", "Jakarta", "31", 700), new OrderContent.Point("SBY", "Surabaya", "35", 300)),
				Set.of()), "admin", Instant.parse("2026-03-01T00:00:00Z"));
		// the points' ids as the database gives them
		List<AllocationOrder.DeliveryPoint> points = List.of(new AllocationOrder.DeliveryPoint(JKT, "JKT", "Jakarta", "31", 700),
				new AllocationOrder.DeliveryPoint(SBY, "SBY", "Surabaya", "35", 300));
		ReflectionTestUtils.setField(o, "deliveryPoints", new java.util.ArrayList<>(points));
		return o;
	}

	void check(ProgressInput input) {
		ProgressRules.check(input, order, standing, TODAY);
	}

	static ProgressInput produced(Long produced) {
		return new ProgressInput(7L, null, produced, null, List.of());
	}

	static ProgressInput delivering(Long produced, DeliveryInput... deliveries) {
		return new ProgressInput(7L, null, produced, null, List.of(deliveries));
	}

	static void refused(Runnable check, String field, String key) {
		assertThatThrownBy(check::run).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidInputException) e).violations())
				.extracting(FieldViolation::field, FieldViolation::messageKey)
				.contains(org.assertj.core.groups.Tuple.tuple(field, key)));
	}

	@Test
	void producedToDateIsCumulativeAndWithinTheAllocation() {
		assertThatCode(() -> check(produced(100L))).doesNotThrowAnyException();
		assertThatCode(() -> check(produced(600L))).doesNotThrowAnyException();
		refused(() -> check(produced(99L)), "producedToDate", "allocation.progress.validation.produced-decreasing");
		refused(() -> check(produced(601L)), "producedToDate", "allocation.progress.validation.produced-above-allocation");
		refused(() -> check(produced(-1L)), "producedToDate", "allocation.progress.validation.produced-negative");
	}

	@Test
	void somethingMustBeReportedAndEmptyRowsAreNoDeliveries() {
		refused(() -> check(produced(null)), "producedToDate", "allocation.progress.validation.nothing");
		refused(() -> check(delivering(null, new DeliveryInput("JKT", null, null))), "producedToDate",
				"allocation.progress.validation.nothing");
	}

	@Test
	void daysAreNeitherInTheFutureNorBeforeTheOrderStarts() {
		refused(() -> check(new ProgressInput(7L, TODAY.plusDays(1), 150L, null, List.of())), "reportedOn",
				"allocation.progress.validation.date-future");
		refused(() -> check(new ProgressInput(7L, LocalDate.of(2026, 2, 28), 150L, null, List.of())), "reportedOn",
				"allocation.progress.validation.date-before-start");
		refused(() -> check(delivering(300L, new DeliveryInput("JKT", 10L, null))), "deliveries[0].deliveredOn",
				"allocation.progress.validation.date-required");
		refused(() -> check(delivering(300L, new DeliveryInput("JKT", 10L, TODAY.plusDays(1)))), "deliveries[0].deliveredOn",
				"allocation.progress.validation.date-future");
		assertThatCode(() -> check(new ProgressInput(7L, TODAY, 150L, null, List.of()))).doesNotThrowAnyException();
	}

	@Test
	void deliveriesStayWithinWhatRemainsAtEachPointCountingEarlierRowsOfTheSameReport() {
		// JKT: 400 allocated − 50 delivered = 350 remain
		assertThatCode(() -> check(delivering(400L, new DeliveryInput("JKT", 350L, TODAY)))).doesNotThrowAnyException();
		refused(() -> check(delivering(600L, new DeliveryInput("JKT", 351L, TODAY))), "deliveries[0].quantity",
				"allocation.progress.validation.above-remaining");
		refused(() -> check(delivering(600L, new DeliveryInput("JKT", 200L, TODAY), new DeliveryInput("JKT", 151L, TODAY))),
				"deliveries[1].quantity", "allocation.progress.validation.above-remaining");
		refused(() -> check(delivering(600L, new DeliveryInput("SBY", 0L, TODAY))), "deliveries[0].quantity",
				"allocation.progress.validation.quantity-positive");
		refused(() -> check(delivering(600L, new DeliveryInput("MKS", 1L, TODAY))), "deliveries[0].point",
				"allocation.progress.validation.point-unknown");
	}

	@Test
	void nothingIsDeliveredThatWasNotProduced() {
		// produced 100, delivered 50: 50 more may go without a new production figure, 51 may not
		assertThatCode(() -> check(delivering(null, new DeliveryInput("SBY", 50L, TODAY)))).doesNotThrowAnyException();
		refused(() -> check(delivering(null, new DeliveryInput("SBY", 51L, TODAY))), "producedToDate",
				"allocation.progress.validation.delivered-above-produced");
		assertThatCode(() -> check(delivering(200L, new DeliveryInput("SBY", 150L, TODAY)))).doesNotThrowAnyException();
		refused(() -> check(delivering(200L, new DeliveryInput("SBY", 151L, TODAY))), "deliveries",
				"allocation.progress.validation.delivered-above-produced");
	}

	@Test
	void aNoteHasAtMost300Characters() {
		refused(() -> check(new ProgressInput(7L, null, 150L, "x".repeat(301), List.of())), "note",
				"allocation.progress.validation.note-too-long");
	}
}
