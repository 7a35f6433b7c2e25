package id.canting.allocation.internal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.Eligibility;
import id.canting.allocation.internal.Eligibility.Assessment;
import id.canting.allocation.internal.LicenceInput;
import id.canting.allocation.internal.LicenceService;
import id.canting.allocation.internal.OrderInput;
import id.canting.allocation.internal.OrderInput.PointInput;
import id.canting.allocation.internal.OrderService;
import id.canting.allocation.internal.PlanResult;
import id.canting.allocation.internal.plan.PlanService;
import id.canting.allocation.internal.progress.PaceAlertJob;
import id.canting.allocation.internal.progress.ProgressInput;
import id.canting.allocation.internal.progress.ProgressInput.DeliveryInput;
import id.canting.allocation.internal.progress.ProgressReports;
import id.canting.registry.IkmId;
import id.canting.shared.Actor;
import id.canting.shared.DemoProgress;
import id.canting.shared.Role;

/**
 * The demo's Hajj 2025 uniform order (demo mode, synthetic like all demo data): 221,000 pieces of batik
 * cap for the 2025 quota over the 14 embarkations ({@link HajjEmbarkations}), bought by the Hajj-fund
 * banks, produced between 6 January and 25 April 2025 — the first flights left early in May.
 *
 * <p>The story, through the same services as people's actions: the ministry records the licences of 81
 * producers (the number licensed in 2024) among the IKM that meet the order's other rules, plans the
 * order and confirms the plan; producers report in February, March and April; by 11 April all but one
 * have produced their whole quantity, that one is behind pace and the daily check raises it; deliveries
 * are under way (some producers have delivered everything, some half, some nothing yet), so the order is
 * IN_PRODUCTION, part delivered. Runs after the other demos; skips when an order exists.
 */
@Component
@ConditionalOnBooleanProperty(name = "canting.demo.enabled", matchIfMissing = true)
class DemoAllocation {

	private static final Logger log = LoggerFactory.getLogger(DemoAllocation.class);

	/** IKM licensed for Hajj uniforms in 2024 (domain facts). */
	static final int LICENSED = 81;
	static final LocalDate STARTS_ON = LocalDate.of(2025, 1, 6);
	static final LocalDate DUE_ON = LocalDate.of(2025, 4, 25);
	/** The day the ministry confirmed the plan, in the story (the loader runs later). */
	static final LocalDate CONFIRMED_ON = LocalDate.of(2025, 1, 3);
	/** The day of the daily check that finds the producer behind pace. */
	static final LocalDate CHECKED_ON = LocalDate.of(2025, 4, 11);

	/** Licence reasons only: an IKM refused for these alone becomes eligible once its licence is recorded. */
	private static final Set<String> LICENCE_REASONS = Set.of("allocation.eligibility.reason.no-kbli",
			"allocation.eligibility.reason.halal.HELD_OR_IN_PROCESS", "allocation.eligibility.reason.no-cap-capability");

	private static final Actor MINISTRY = new Actor("admin", Role.ADMIN, null, Set.of());

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final OrderService orders;
	private final Eligibility eligibility;
	private final LicenceService licences;
	private final PlanService plans;
	private final ProgressReports progress;
	private final PaceAlertJob paceAlerts;

	DemoAllocation(JdbcClient jdbc, PlatformTransactionManager transactionManager, OrderService orders,
			Eligibility eligibility, LicenceService licences, PlanService plans, ProgressReports progress,
			PaceAlertJob paceAlerts) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.orders = orders;
		this.eligibility = eligibility;
		this.licences = licences;
		this.plans = plans;
		this.progress = progress;
		this.paceAlerts = paceAlerts;
	}

	@EventListener(ContextRefreshedEvent.class)
	@Order(700)
	void loadOnFirstStart() {
		if (jdbc.sql("select count(*) from allocation_order").query(Long.class).single() > 0
				|| jdbc.sql("select count(*) from ikm").query(Long.class).single() == 0) {
			return;
		}
		DemoProgress progressLog = new DemoProgress(log, "Demo order allocation");
		String done = transaction.execute(status -> load());
		if (done != null) {
			progressLog.done("{}", done);
		}
	}

	private String load() {
		Random random = new Random(2025_04_25L);
		AllocationOrder order = orders.create(MINISTRY, hajjOrder());
		AllocationOrderId id = order.orderId();
		List<Assessment> licensed = license(id, random);
		if (licensed.size() < LICENSED) {
			log.warn("Demo order allocation: only {} IKM could be licensed; no plan", licensed.size());
			return null;
		}
		PlanResult plan = plans.plan(id, MINISTRY);
		plans.confirm(id, MINISTRY);
		// the pace is measured from the story's confirmation, not from the day the loader ran
		jdbc.sql("update allocation_pace_start set confirmed_on = ? where order_id = ?")
			.params(java.sql.Date.valueOf(CONFIRMED_ON), id.value()).update();
		List<Allocated> producers = allocated(id);
		Allocated late = producers.get(producers.size() / 2);
		int reports = report(id, producers, late, random);
		int alerts = paceAlerts.runOn(CHECKED_ON);
		return "%s: %d pieces to %d points, %d licensed, %d producers, cost %s, gap %s %%; %d reports, %d behind pace"
			.formatted(order.reference(), plan.demand(), HajjEmbarkations.POINTS.size(), licensed.size(), producers.size(),
					plan.cost(), plan.gapPercent(), reports, alerts);
	}

	private static OrderInput hajjOrder() {
		List<PointInput> points = HajjEmbarkations.POINTS.stream()
			.map(p -> new PointInput(p.code(), p.name(), p.provinceCode(), p.quantity()))
			.toList();
		return new OrderInput("Seragam batik jemaah haji 2025", "Bank penerima setoran BPIH (BPS-BPIH)", "buyer", "CAP",
				"Motif nasional jemaah haji Indonesia", "Katun primisima, 3 m per jemaah", "PIECE", HajjEmbarkations.TOTAL,
				STARTS_ON, DUE_ON, true, true, "HELD_OR_IN_PROCESS", "HELD_OR_IN_PROCESS", true, 300L,
				new BigDecimal("10"), new BigDecimal("0.5"), points, List.of("33", "34", "35"));
	}

	/**
	 * Records the licences of 81 IKM refused only for want of one: taken at random among the 150 with the
	 * most capacity for the order, so that large and middle producers are both among them.
	 */
	private List<Assessment> license(AllocationOrderId id, Random random) {
		List<Assessment> candidates = new ArrayList<>(eligibility.report(MINISTRY, id).ineligible().stream()
			.filter(a -> a.capacity().capacity() > 0)
			.filter(a -> a.reasons().stream().allMatch(r -> LICENCE_REASONS.contains(r.code())))
			.sorted(Comparator.comparingLong((Assessment a) -> a.capacity().capacity()).reversed()
				.thenComparing(a -> a.ikm().id().value()))
			.limit(150)
			.toList());
		Collections.shuffle(candidates, random);
		List<Assessment> chosen = candidates.subList(0, Math.min(LICENSED, candidates.size()));
		for (int i = 0; i < chosen.size(); i++) {
			IkmId ikm = chosen.get(i).ikm().id();
			String halal = i % 4 == 0 ? "IN_PROCESS" : "HELD";
			String number = "HELD".equals(halal) ? "ID3311000%07d".formatted(ikm.value()) : null;
			licences.record(MINISTRY, ikm, 0, new LicenceInput(true, halal, number, true, true,
					"Lulus verifikasi lapangan kemampuan batik cap (demo)"));
		}
		return List.copyOf(chosen);
	}

	/** A producer of the confirmed plan: its quantity per delivery point code. */
	private record Allocated(long ikmId, long quantity, Map<String, Long> points) {
	}

	private List<Allocated> allocated(AllocationOrderId id) {
		Map<Long, Map<String, Long>> byIkm = jdbc.sql("""
				select d.ikm_id, dp.code, d.quantity
				from allocation_plan_delivery d
				join allocation_plan p on p.id = d.plan_id
				join allocation_delivery_point dp on dp.id = d.delivery_point_id
				where p.order_id = ? and p.status = 'CONFIRMED' and d.quantity > 0
				order by d.ikm_id, dp.position""")
			.param(id.value())
			.query((rs, n) -> Map.entry(rs.getLong(1), Map.entry(rs.getString(2), rs.getLong(3))))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, java.util.TreeMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
							Long::sum, java.util.LinkedHashMap::new))));
		return byIkm.entrySet().stream()
			.map(e -> new Allocated(e.getKey(), e.getValue().values().stream().mapToLong(Long::longValue).sum(),
					e.getValue()))
			.toList();
	}

	/**
	 * Reports in February, March and April at a pace that keeps the due date — except the late producer,
	 * which stops at about half — and deliveries in mid-April: four in ten producers have delivered
	 * everything, four in ten half of each point's quantity, the rest nothing yet.
	 */
	private int report(AllocationOrderId id, List<Allocated> producers, Allocated late, Random random) {
		int reports = 0;
		for (Allocated p : producers) {
			boolean isLate = p == late;
			double[] shares = isLate ? new double[] { 0.20, 0.38, 0.52 } : new double[] { 0.30, 0.62, 1.0 };
			LocalDate[] days = { LocalDate.of(2025, 2, 14), LocalDate.of(2025, 3, 14), LocalDate.of(2025, 4, 10) };
			for (int i = 0; i < days.length; i++) {
				long produced = Math.min(p.quantity(), Math.round(p.quantity() * shares[i]));
				progress.report(MINISTRY, id, new ProgressInput(p.ikmId(), days[i], produced, null, List.of()));
				reports++;
			}
			double delivered = isLate ? 0.5 : switch (random.nextInt(5)) {
				case 0, 1 -> 1.0;
				case 2, 3 -> 0.5;
				default -> 0.0;
			};
			if (delivered > 0) {
				long cap = isLate ? Math.round(p.quantity() * 0.52) : p.quantity();
				List<DeliveryInput> deliveries = new ArrayList<>();
				long sent = 0;
				for (Map.Entry<String, Long> point : p.points().entrySet()) {
					long quantity = Math.min(cap - sent, (long) Math.floor(point.getValue() * delivered));
					if (quantity > 0) {
						deliveries.add(new DeliveryInput(point.getKey(), quantity, LocalDate.of(2025, 4, 14)));
						sent += quantity;
					}
				}
				if (!deliveries.isEmpty()) {
					progress.report(MINISTRY, id, new ProgressInput(p.ikmId(), LocalDate.of(2025, 4, 14), null,
							null, deliveries));
					reports++;
				}
			}
		}
		return reports;
	}
}
