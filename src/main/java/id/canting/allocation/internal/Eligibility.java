package id.canting.allocation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.allocation.AllocationOrderId;
import id.canting.certification.BatikmarkStanding;
import id.canting.certification.BatikmarkStandings;
import id.canting.registry.Gender;
import id.canting.registry.IkmId;
import id.canting.registry.IkmKind;
import id.canting.registry.ProducerFacts;
import id.canting.registry.RegistryQueries;
import id.canting.registry.SizeClass;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.NotFoundException;
import id.canting.shared.Role;

/**
 * Who may produce for an order and how much: every IKM of the registry judged by {@link EligibilityPolicy}
 * and {@link CapacityRule}. The registry's facts, the Batikmark standings, the licences, the
 * confirmations and the commitments on other orders are each read in one query whatever the number of
 * IKM (6,000 and more), never per IKM.
 */
@Service("allocationEligibility")
@Transactional(readOnly = true)
public class Eligibility implements OrderProducers {

	private final AllocationOrderRepository orders;
	private final RegistryQueries registry;
	private final BatikmarkStandings batikmark;
	private final ProducerLicenceRepository licences;
	private final JdbcClient jdbc;

	Eligibility(AllocationOrderRepository orders, RegistryQueries registry, BatikmarkStandings batikmark,
			ProducerLicenceRepository licences, JdbcClient jdbc) {
		this.orders = orders;
		this.registry = registry;
		this.batikmark = batikmark;
		this.licences = licences;
		this.jdbc = jdbc;
	}

	/** One IKM judged for one order: no reasons means eligible. */
	public record Assessment(ProducerFacts ikm, List<Explanation> reasons, CapacityRule.Figures capacity) {

		public boolean eligible() {
			return reasons.isEmpty();
		}
	}

	/** An order's eligibility as the reader may see it (an officer: the IKM of their province). */
	public record Report(AllocationOrder order, List<Assessment> eligible, List<Assessment> ineligible) {

		public long eligibleCapacity() {
			return eligible.stream().mapToLong(a -> a.capacity().capacity()).sum();
		}
	}

	@Override
	public List<EligibleProducer> eligibleProducers(AllocationOrderId orderId) {
		return assess(order(orderId), null).stream()
			.filter(Assessment::eligible)
			.map(a -> new EligibleProducer(a.ikm().id(), a.ikm().name(), a.ikm().provinceCode(), a.capacity().capacity(),
					a.capacity().source(), a.ikm().ownerGender() == Gender.FEMALE, a.ikm().sizeClass() == SizeClass.KECIL,
					a.ikm().kind() == IkmKind.PRISON_UNIT))
			.toList();
	}

	/** The eligibility report: ADMIN sees every IKM, an OFFICER those of their province; others are refused. */
	public Report report(Actor actor, AllocationOrderId orderId) {
		if (!actor.isAdmin() && actor.role() != Role.OFFICER) {
			throw new ForbiddenException("allocation.eligibility.forbidden");
		}
		AllocationOrder order = order(orderId);
		List<Assessment> eligible = new ArrayList<>();
		List<Assessment> ineligible = new ArrayList<>();
		for (Assessment a : assess(order, null)) {
			if (!actor.isAdmin() && !actor.isOfficerOf(a.ikm().provinceCode())) {
				continue;
			}
			(a.eligible() ? eligible : ineligible).add(a);
		}
		return new Report(order, eligible, ineligible);
	}

	/** These IKM judged for the order (those that exist). */
	public List<Assessment> assess(AllocationOrder order, Collection<IkmId> ikms) {
		List<ProducerFacts> facts = ikms == null ? registry.producerFacts() : registry.producerFacts(ikms);
		if (facts.isEmpty()) {
			return List.of();
		}
		Map<Long, BatikmarkStanding> standings = new HashMap<>();
		if (ikms != null && ikms.size() <= 20) {
			facts.forEach(f -> standings.put(f.id().value(), batikmark.of(f.id().value())));
		}
		else {
			standings.putAll(batikmark.all());
		}
		Map<Long, ProducerLicence> licenceOf = new HashMap<>();
		(ikms == null ? licences.findAll() : licences.findAllById(ikms.stream().map(IkmId::value).toList()))
			.forEach(l -> licenceOf.put(l.ikmId(), l));
		Map<Long, Long> confirmed = confirmations(order);
		Map<Long, List<CapacityRule.Commitment>> commitments = commitments(order);
		List<Assessment> assessments = new ArrayList<>(facts.size());
		for (ProducerFacts f : facts) {
			long id = f.id().value();
			List<Explanation> reasons = new ArrayList<>(EligibilityPolicy.reasons(order, f, licenceOf.get(id),
					standings.getOrDefault(id, BatikmarkStanding.NONE)));
			CapacityRule.Figures capacity = CapacityRule.figures(order, f, commitments.getOrDefault(id, List.of()),
					confirmed.get(id));
			if (capacity.capacity() <= 0) {
				reasons.add(capacity.gross() <= 0 ? Explanation.of(EligibilityPolicy.PREFIX + "no-capacity")
						: Explanation.of(EligibilityPolicy.PREFIX + "no-capacity-left", capacity.committed()));
			}
			assessments.add(new Assessment(f, List.copyOf(reasons), capacity));
		}
		return assessments;
	}

	AllocationOrder order(AllocationOrderId id) {
		return orders.findById(id.value()).orElseThrow(() -> new NotFoundException("allocation.order.not-found", id.value()));
	}

	private Map<Long, Long> confirmations(AllocationOrder order) {
		Map<Long, Long> confirmed = new HashMap<>();
		jdbc.sql("select ikm_id, quantity from allocation_capacity_confirmation where order_id = :order")
			.param("order", order.id())
			.query((rs, n) -> confirmed.put(rs.getLong("ikm_id"), rs.getLong("quantity")))
			.list();
		return confirmed;
	}

	/** The IKM's confirmed quantities on other CONFIRMED or IN_PRODUCTION orders whose period overlaps this one. */
	private Map<Long, List<CapacityRule.Commitment>> commitments(AllocationOrder order) {
		Map<Long, List<CapacityRule.Commitment>> byIkm = new HashMap<>();
		jdbc.sql("""
				select o.id, o.starts_on, o.due_on, o.unit, pp.ikm_id, pp.quantity
				from allocation_plan_producer pp
				join allocation_plan p on p.id = pp.plan_id
				join allocation_order o on o.id = p.order_id
				where p.status = 'CONFIRMED' and o.status in ('CONFIRMED', 'IN_PRODUCTION') and o.id <> :order
				  and o.starts_on <= :due and o.due_on >= :start and pp.quantity > 0""")
			.param("order", order.id() == null ? -1L : order.id())
			.param("due", order.dueOn())
			.param("start", order.startsOn())
			.query((rs, n) -> byIkm.computeIfAbsent(rs.getLong("ikm_id"), k -> new ArrayList<>())
				.add(new CapacityRule.Commitment(rs.getLong("id"), rs.getObject("starts_on", LocalDate.class),
						rs.getObject("due_on", LocalDate.class), OrderUnit.valueOf(rs.getString("unit")),
						rs.getLong("quantity"))))
			.list();
		return byIkm;
	}
}
