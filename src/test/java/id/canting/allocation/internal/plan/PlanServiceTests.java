package id.canting.allocation.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingModuleTest;
import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.AllocationPlanConfirmed;
import id.canting.allocation.AllocationPlanned;
import id.canting.allocation.AllocationQuantityLocked;
import id.canting.allocation.AllocationReplanned;
import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.AllocationOrderRepository;
import id.canting.allocation.internal.CapacitySource;
import id.canting.allocation.internal.CertificateRule;
import id.canting.allocation.internal.EligibleProducer;
import id.canting.allocation.internal.OrderContent;
import id.canting.allocation.internal.Eligibility;
import id.canting.allocation.internal.OrderStatus;
import id.canting.allocation.internal.OrderUnit;
import id.canting.allocation.internal.PlanInfeasibleException;
import id.canting.allocation.internal.PlanResult;
import id.canting.registry.IkmId;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.Role;

/**
 * Planning, confirming, locking and re-planning an order on the module's own database, with the eligible
 * producers stood in for: 3 IKM in Jawa Tengah (33, 400 each) and 1 in Jawa Timur (35, 400), an order of
 * 1,000 pieces, 600 to Jakarta and 400 to Surabaya, lot 100, fairness 0.5.
 */
@id.canting.allocation.internal.AllocationModuleTest
@Transactional
class PlanServiceTests {

	static final Actor ADMIN = new Actor("admin", Role.ADMIN, null, Set.of());
	static final Actor OFFICER_35 = new Actor("officer.35", Role.OFFICER, "35", Set.of());

	@Autowired
	Eligibility producers;

	@Autowired
	id.canting.region.Regions regions;

	@Autowired
	id.canting.registry.RegistryQueries registry;

	@Autowired
	PlanService plans;

	@Autowired
	AllocationOrderRepository orders;

	@Autowired
	JdbcClient jdbc;

	AllocationOrder order;

	@BeforeEach
	void anOrderAndItsProducers() {
		order = orders.save(AllocationOrder.draft("ALC-T-1", new OrderContent("Seragam", "Bank", null, Technique.CAP,
				"Parang", "Katun", OrderUnit.PIECE, 1000, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30), false,
				false, CertificateRule.NOT_REQUIRED, CertificateRule.NOT_REQUIRED, false, 100, null, new BigDecimal("0.5"),
				List.of(new OrderContent.Point("JKT", "Jakarta", "31", 600), new OrderContent.Point("SBY", "Surabaya", "35", 400)),
				Set.of()), "admin", Instant.parse("2026-03-01T00:00:00Z")));
		when(producers.eligibleProducers(any())).thenReturn(List.of(producer(1, "33", 400), producer(2, "33", 400),
				producer(3, "33", 400), producer(4, "35", 400)));
	}

	static EligibleProducer producer(long id, String province, long capacity) {
		return new EligibleProducer(new IkmId(id), "IKM " + id, province, capacity, CapacitySource.REGISTRY, false, true,
				false);
	}

	AllocationOrderId id() {
		return order.orderId();
	}

	List<String> planStatuses() {
		return jdbc.sql("select status from allocation_plan where order_id = :o order by version").param("o", order.id())
			.query(String.class).list();
	}

	@Test
	void proposesAPlanAndMarksTheOrderPlanned(AssertablePublishedEvents events) {
		PlanResult result = plans.plan(id(), ADMIN);

		assertThat(result.version()).isEqualTo(1);
		assertThat(result.allocated()).isEqualTo(1000);
		assertThat(orders.findById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.PLANNED);
		assertThat(planStatuses()).containsExactly("PROPOSED");
		// Surabaya is served from Jawa Timur (0 km), the rest from Jawa Tengah; every IKM gets its floor of 125
		assertThat(jdbc.sql("select quantity from allocation_plan_producer order by ikm_id").query(Long.class).list())
			.allSatisfy(q -> assertThat(q).isGreaterThanOrEqualTo(125));
		assertThat(jdbc.sql("select sum(d.quantity) from allocation_plan_delivery d join allocation_delivery_point p"
				+ " on p.id = d.delivery_point_id where p.code = 'SBY'").query(Long.class).single()).isEqualTo(400);
		assertThat(events).contains(AllocationPlanned.class).matching(AllocationPlanned::planVersion, 1);
	}

	@Test
	void anOfficerSeesTheWholePlansTotalsButOnlyTheProducersOfTheirProvince() {
		plans.plan(id(), ADMIN);

		PlanView view = plans.view(OFFICER_35, id());

		assertThat(view.rows()).extracting(PlanView.Row::ikmId).containsExactly(4L);
		assertThat(view.rows().get(0).lockable()).isTrue();
		assertThat(view.points()).extracting(PlanView.Total::quantity).containsExactly(600L, 400L);
		assertThat(view.mayConfirm()).isFalse();
		assertThat(plans.view(ADMIN, id()).rows()).hasSize(4);
		assertThat(plans.view(ADMIN, id()).mayConfirm()).isTrue();
	}

	@Test
	void anInfeasibleOrderSaysWhyWithTheOrdersUnit() {
		when(producers.eligibleProducers(any())).thenReturn(List.of(producer(1, "33", 300), producer(4, "35", 300)));

		assertThatThrownBy(() -> plans.plan(id(), ADMIN)).isInstanceOfSatisfying(PlanInfeasibleException.class,
				e -> assertThat(e.reasons().get(0).args()).hasSize(4).first().isEqualTo(400L));
	}

	@Test
	void planningAgainSupersedesTheProposal() {
		plans.plan(id(), ADMIN);
		plans.plan(id(), OFFICER_35);

		assertThat(planStatuses()).containsExactly("SUPERSEDED", "PROPOSED");
	}

	@Test
	void anInfeasibleOrderWritesNothing() {
		when(producers.eligibleProducers(any())).thenReturn(List.of(producer(1, "33", 300), producer(4, "35", 300)));

		assertThatThrownBy(() -> plans.plan(id(), ADMIN)).isInstanceOf(PlanInfeasibleException.class);
		assertThat(planStatuses()).isEmpty();
		assertThat(orders.findById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.DRAFT);
	}

	@Test
	void confirmsTheProposedPlan(AssertablePublishedEvents events) {
		plans.plan(id(), ADMIN);
		plans.confirm(id(), ADMIN);

		assertThat(planStatuses()).containsExactly("CONFIRMED");
		assertThat(orders.findById(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(events).contains(AllocationPlanConfirmed.class);
	}

	@Test
	void onlyAnAdminConfirms() {
		plans.plan(id(), ADMIN);

		assertThatThrownBy(() -> plans.confirm(id(), OFFICER_35)).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void anOfficerLocksOnlyTheIkmOfTheirProvince(AssertablePublishedEvents events) {
		plans.lock(id(), new IkmId(4), 250L, OFFICER_35);

		assertThatThrownBy(() -> plans.lock(id(), new IkmId(1), 250L, OFFICER_35)).isInstanceOf(ForbiddenException.class);
		plans.plan(id(), ADMIN);
		assertThat(jdbc.sql("select quantity from allocation_plan_producer where ikm_id = 4").query(Long.class).single())
			.isEqualTo(250);
		assertThat(events).contains(AllocationQuantityLocked.class).matching(AllocationQuantityLocked::quantity, 250L);
	}

	@Test
	void rePlanningKeepsWhatWasDeliveredAndSupersedesTheConfirmedPlan(AssertablePublishedEvents events) {
		plans.plan(id(), ADMIN);
		plans.confirm(id(), ADMIN);
		long surabaya = order.point("SBY").id();
		jdbc.sql("insert into allocation_delivery (order_id, ikm_id, delivery_point_id, quantity, delivered_on,"
				+ " reported_by, reported_at) values (:o, 4, :p, 300, :on, 'owner', :at)")
			.param("o", order.id()).param("p", surabaya).param("on", Date.valueOf(LocalDate.of(2026, 4, 1)))
			.param("at", Timestamp.from(Instant.parse("2026-04-01T00:00:00Z"))).update();

		// Jawa Timur's IKM can make only 300 in all: the other 100 for Surabaya come from Jawa Tengah
		PlanResult result = plans.replan(id(), Map.of(new IkmId(4), 300L), "admin");

		assertThat(result.version()).isEqualTo(2);
		assertThat(result.moved()).isEqualTo(200); // IKM 4: 400 → 300, Jawa Tengah: +100
		assertThat(planStatuses()).containsExactly("SUPERSEDED", "CONFIRMED");
		assertThat(jdbc.sql("select quantity from allocation_plan_delivery where plan_id = (select id from allocation_plan"
				+ " where order_id = :o and version = 2) and ikm_id = 4").param("o", order.id()).query(Long.class).single())
			.isEqualTo(300);
		assertThat(events).contains(AllocationReplanned.class).matching(AllocationReplanned::moved, 200L);
	}
}
