package id.canting.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingModuleTest;
import id.canting.registry.Technique;
import id.canting.shared.ConflictException;

/**
 * The allocation tables keep what the order aggregate holds (H2 or PostgreSQL); a status change is
 * written without rewriting the delivery points, which plans refer to.
 */
@AllocationModuleTest
@Transactional
class AllocationPersistenceTests {

	static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

	@Autowired
	id.canting.registry.RegistryQueries registry;
	@Autowired
	id.canting.certification.BatikmarkStandings batikmark;
	@Autowired
	id.canting.region.Regions regions;

	@Autowired
	AllocationOrderRepository orders;

	@Autowired
	JdbcClient jdbc;

	static OrderContent content() {
		return new OrderContent("Seragam batik ASN 2026", "Kementerian X", "buyer1", Technique.CAP, "Parang",
				"Katun primisima", OrderUnit.PIECE, 1000, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), true,
				true, CertificateRule.HELD_OR_IN_PROCESS, CertificateRule.NOT_REQUIRED, true, 50,
				new BigDecimal("25.00"), new BigDecimal("0.500"),
				List.of(new OrderContent.Point("JKT", "Gudang Jakarta", "31", 600),
						new OrderContent.Point("SBY", "Gudang Surabaya", "35", 400)),
				Set.of("33", "34"));
	}

	@Test
	void keepsAnOrderWithItsPointsAndProvinces() {
		AllocationOrder saved = orders.save(AllocationOrder.draft("ALC-2026-0001", content(), "admin", NOW));

		AllocationOrder read = orders.findByReference("ALC-2026-0001").orElseThrow();
		assertThat(read.id()).isEqualTo(saved.id());
		assertThat(read.status()).isEqualTo(OrderStatus.DRAFT);
		assertThat(read.deliveryPoints()).extracting(AllocationOrder.DeliveryPoint::code).containsExactly("JKT", "SBY");
		assertThat(read.deliveryPoints()).allSatisfy(p -> assertThat(p.id()).isNotNull());
		assertThat(read.preferredProvinces()).containsExactly("33", "34");
		assertThat(read.fairnessFactor()).isEqualByComparingTo("0.5");
		assertThat(read.technique()).isEqualTo(Technique.CAP);
	}

	@Test
	void aStatusChangeLeavesThePointsWhereTheyAre() {
		AllocationOrder order = orders.save(AllocationOrder.draft("ALC-2026-0002", content(), "admin", NOW));
		long pointId = orders.findById(order.id()).orElseThrow().deliveryPoints().get(0).id();

		AllocationOrder read = orders.findById(order.id()).orElseThrow();
		read.markPlanned();
		orders.saveStatus(read);

		AllocationOrder again = orders.findById(order.id()).orElseThrow();
		assertThat(again.status()).isEqualTo(OrderStatus.PLANNED);
		assertThat(again.deliveryPoints().get(0).id()).isEqualTo(pointId);
		assertThat(again.version()).isEqualTo(read.version() + 1);
	}

	@Test
	void refusesATransitionOutOfTurn() {
		AllocationOrder order = AllocationOrder.draft("ALC-2026-0003", content(), "admin", NOW);
		assertThatThrownBy(order::confirm).isInstanceOf(ConflictException.class);
		order.close();
		assertThat(order.status()).isEqualTo(OrderStatus.CLOSED);
		assertThatThrownBy(order::close).isInstanceOf(ConflictException.class);
	}
}
