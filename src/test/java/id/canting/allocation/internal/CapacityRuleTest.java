package id.canting.allocation.internal;

import static id.canting.allocation.internal.AllocationMother.anIkm;
import static id.canting.allocation.internal.AllocationMother.orderOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Capacity by the due date: monthly × days ÷ 30 (both ends counted), a semester report before the
 * registry, metres at 2 per piece, commitments on overlapping orders pro rata, a confirmation capped.
 */
class CapacityRuleTest {

	static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
	static final LocalDate MAR_30 = LocalDate.of(2026, 3, 30);

	@Test
	void registryCapacityPerMonthOverTheOrdersDays() {
		// 1 March to 30 June: 122 days; 300 a month → 300 × 122 / 30 = 1,220
		CapacityRule.Figures f = CapacityRule.figures(AllocationMother.order(), anIkm().build(), List.of(), null);
		assertThat(f.gross()).isEqualTo(1220);
		assertThat(f.capacity()).isEqualTo(1220);
		assertThat(f.source()).isEqualTo(CapacitySource.REGISTRY);
	}

	@Test
	void anAcceptedSemesterReportWinsOverTheRegistry() {
		// 30 days; 1,200 a semester → 1,200 × 30 / 180 = 200
		AllocationOrder order = orderOf("CAP", "PIECE", MAR_1, MAR_30);
		CapacityRule.Figures f = CapacityRule.figures(order, anIkm().reported(1200L).build(), List.of(), null);
		assertThat(f.gross()).isEqualTo(200);
		assertThat(f.source()).isEqualTo(CapacitySource.SEMESTER_REPORT);
	}

	@Test
	void metresCountTwoPerPiece() {
		AllocationOrder order = orderOf("CAP", "METRE", MAR_1, MAR_30);
		assertThat(CapacityRule.figures(order, anIkm().build(), List.of(), null).gross()).isEqualTo(600);
	}

	@Test
	void noFigureMeansNoCapacity() {
		assertThat(CapacityRule.figures(AllocationMother.order(), anIkm().perMonth(null).build(), List.of(), null).capacity())
			.isZero();
	}

	@Test
	void commitmentsOnOverlappingOrdersCountProRataToTheOverlap() {
		AllocationOrder order = orderOf("CAP", "PIECE", MAR_1, MAR_30); // gross 300
		// 100 over 1–20 March (20 days) overlaps 20 days: all of it; 200 over 21 March–19 April (30 days)
		// overlaps 10 days: 200 × 10 / 30 = 66.7, rounded up to 67; a later order does not overlap
		List<CapacityRule.Commitment> commitments = List.of(
				new CapacityRule.Commitment(7, MAR_1, LocalDate.of(2026, 3, 20), OrderUnit.PIECE, 100),
				new CapacityRule.Commitment(8, LocalDate.of(2026, 3, 21), LocalDate.of(2026, 4, 19), OrderUnit.PIECE, 200),
				new CapacityRule.Commitment(9, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), OrderUnit.PIECE, 999));
		CapacityRule.Figures f = CapacityRule.figures(order, anIkm().build(), commitments, null);
		assertThat(f.committed()).isEqualTo(167);
		assertThat(f.net()).isEqualTo(133);
	}

	@Test
	void commitmentsInMetresCountAsPiecesOnAPieceOrder() {
		AllocationOrder order = orderOf("CAP", "PIECE", MAR_1, MAR_30);
		List<CapacityRule.Commitment> metres = List.of(new CapacityRule.Commitment(7, MAR_1, MAR_30, OrderUnit.METRE, 100));
		assertThat(CapacityRule.committed(order, metres)).isEqualTo(50);
	}

	@Test
	void commitmentsNeverMakeCapacityNegative() {
		AllocationOrder order = orderOf("CAP", "PIECE", MAR_1, MAR_30);
		List<CapacityRule.Commitment> big = List.of(new CapacityRule.Commitment(7, MAR_1, MAR_30, OrderUnit.PIECE, 5000));
		assertThat(CapacityRule.figures(order, anIkm().build(), big, null).capacity()).isZero();
	}

	@Test
	void theProducersConfirmationWinsButNeverAboveTheComputedCapacity() {
		AllocationOrder order = orderOf("CAP", "PIECE", MAR_1, MAR_30);
		CapacityRule.Figures lowered = CapacityRule.figures(order, anIkm().build(), List.of(), 120L);
		assertThat(lowered.capacity()).isEqualTo(120);
		assertThat(lowered.source()).isEqualTo(CapacitySource.CONFIRMED_BY_PRODUCER);
		assertThat(CapacityRule.figures(order, anIkm().build(), List.of(), 900L).capacity()).isEqualTo(300);
	}
}
