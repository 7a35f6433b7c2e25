package id.canting.allocation.internal.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.Explanation;

/**
 * The plan tables (allocation_plan, allocation_plan_producer, allocation_plan_delivery, allocation_lock)
 * and the two facts a re-plan reads from the progress room's tables (delivered per point, produced to
 * date), all by plain SQL. Producers' rows are written in batches: a national order has thousands.
 */
@Repository
class PlanStore {

	private static final char SEPARATOR = '\u001F';

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	PlanStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** The locks of an order: IKM id to locked quantity. */
	Map<Long, Long> locks(long orderId) {
		Map<Long, Long> locks = new HashMap<>();
		jdbc.sql("select ikm_id, quantity from allocation_lock where order_id = :order").param("order", orderId)
			.query((rs, n) -> locks.put(rs.getLong(1), rs.getLong(2))).list();
		return locks;
	}

	void lock(long orderId, long ikmId, long quantity, String by, Instant at) {
		int updated = jdbc.sql("update allocation_lock set quantity = :q, locked_by = :by, locked_at = :at"
				+ " where order_id = :order and ikm_id = :ikm")
			.param("q", quantity).param("by", by).param("at", Timestamp.from(at)).param("order", orderId)
			.param("ikm", ikmId).update();
		if (updated == 0) {
			jdbc.sql("insert into allocation_lock (order_id, ikm_id, quantity, locked_by, locked_at)"
					+ " values (:order, :ikm, :q, :by, :at)")
				.param("order", orderId).param("ikm", ikmId).param("q", quantity).param("by", by)
				.param("at", Timestamp.from(at)).update();
		}
	}

	boolean unlock(long orderId, long ikmId) {
		return jdbc.sql("delete from allocation_lock where order_id = :order and ikm_id = :ikm").param("order", orderId)
			.param("ikm", ikmId).update() > 0;
	}

	/** Delivered so far: IKM id → delivery point code → quantity. */
	Map<Long, Map<String, Long>> delivered(long orderId) {
		Map<Long, Map<String, Long>> delivered = new HashMap<>();
		jdbc.sql("select d.ikm_id, p.code, sum(d.quantity) from allocation_delivery d"
				+ " join allocation_delivery_point p on p.id = d.delivery_point_id"
				+ " where d.order_id = :order group by d.ikm_id, p.code")
			.param("order", orderId)
			.query((rs, n) -> delivered.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2),
					rs.getLong(3)))
			.list();
		return delivered;
	}

	/** Produced to date by each IKM: its latest report (by date, then by entry). */
	Map<Long, Long> produced(long orderId) {
		Map<Long, Long> produced = new HashMap<>();
		jdbc.sql("select ikm_id, produced_to_date from allocation_progress where order_id = :order"
				+ " order by ikm_id, reported_on, id")
			.param("order", orderId).query((rs, n) -> produced.put(rs.getLong(1), rs.getLong(2))).list();
		return produced;
	}

	int nextVersion(long orderId) {
		return jdbc.sql("select coalesce(max(version), 0) + 1 from allocation_plan where order_id = :order")
			.param("order", orderId).query(Integer.class).single();
	}

	/** Marks the order's plans in these statuses SUPERSEDED. */
	void supersede(long orderId, String... statuses) {
		for (String status : statuses) {
			jdbc.sql("update allocation_plan set status = 'SUPERSEDED' where order_id = :order and status = :status")
				.param("order", orderId).param("status", status).update();
		}
	}

	void confirm(long planId) {
		jdbc.sql("update allocation_plan set status = 'CONFIRMED' where id = :id").param("id", planId).update();
	}

	/** Writes a solved plan with its producers and deliveries; returns the plan's id. */
	long insert(AllocationOrder order, int version, String status, PlanSolution solution, String by, Instant at) {
		jdbc.sql("insert into allocation_plan (order_id, version, status, demand, allocated, cost,"
				+ " lower_bound, gap_percent, solver, created_at, created_by)"
				+ " values (:order, :version, :status, :demand, :allocated, :cost, :bound, :gap, :solver, :at, :by)")
			.param("order", order.id()).param("version", version).param("status", status)
			.param("demand", solution.demand()).param("allocated", solution.allocated()).param("cost", solution.cost())
			.param("bound", solution.lowerBound()).param("gap", solution.gapPercent())
			.param("solver", solution.solver().length() > 60 ? solution.solver().substring(0, 60) : solution.solver())
			.param("at", Timestamp.from(at)).param("by", by).update();
		long id = jdbc.sql("select id from allocation_plan where order_id = :order and version = :version")
			.param("order", order.id()).param("version", version).query(Long.class).single();
		Map<String, Long> pointIds = new HashMap<>();
		order.deliveryPoints().forEach(p -> pointIds.put(p.code(), p.id()));
		List<Object[]> producers = new ArrayList<>();
		List<Object[]> deliveries = new ArrayList<>();
		for (PlanSolution.Planned p : solution.producers()) {
			producers.add(new Object[] { id, p.ikmId(), p.provinceCode(), p.quantity(), p.capacity(), p.floor(), p.locked(),
					p.distanceKm(), p.reason().code(), encode(p.reason().args()) });
			p.deliveries().forEach((code, quantity) -> deliveries.add(new Object[] { id, p.ikmId(), pointIds.get(code), quantity }));
		}
		template.batchUpdate("insert into allocation_plan_producer (plan_id, ikm_id, province_code, quantity, capacity,"
				+ " floor_quantity, locked, distance_km, reason_code, reason_args) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				producers);
		template.batchUpdate("insert into allocation_plan_delivery (plan_id, ikm_id, delivery_point_id, quantity)"
				+ " values (?, ?, ?, ?)", deliveries);
		return id;
	}

	/** The order's newest plan in one of these statuses, with its producers. */
	Optional<StoredPlan> latest(long orderId, List<String> statuses) {
		return jdbc.sql("select id, version, status, demand, allocated, cost, lower_bound, gap_percent, solver,"
				+ " created_at, created_by from allocation_plan where order_id = :order and status in (:statuses)"
				+ " order by version desc fetch first 1 rows only")
			.param("order", orderId).param("statuses", statuses)
			.query((rs, n) -> new StoredPlan(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
					rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getString(9),
					rs.getTimestamp(10).toInstant(), rs.getString(11), List.of()))
			.optional()
			.map(plan -> new StoredPlan(plan.id(), plan.version(), plan.status(), plan.demand(), plan.allocated(),
					plan.cost(), plan.lowerBound(), plan.gapPercent(), plan.solver(), plan.createdAt(), plan.createdBy(),
					parts(plan.id())));
	}

	private List<StoredPlan.Part> parts(long planId) {
		Map<Long, Map<String, Long>> deliveries = new HashMap<>();
		jdbc.sql("select d.ikm_id, p.code, d.quantity from allocation_plan_delivery d"
				+ " join allocation_delivery_point p on p.id = d.delivery_point_id where d.plan_id = :plan"
				+ " order by d.ikm_id, p.position")
			.param("plan", planId)
			.query((rs, n) -> deliveries.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
				.put(rs.getString(2), rs.getLong(3)))
			.list();
		return jdbc.sql("select ikm_id, province_code, quantity, capacity, floor_quantity, locked, distance_km,"
				+ " reason_code, reason_args from allocation_plan_producer where plan_id = :plan order by ikm_id")
			.param("plan", planId)
			.query((rs, n) -> new StoredPlan.Part(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getBoolean(6), (Integer) rs.getObject(7, Integer.class),
					new Explanation(rs.getString(8), decode(rs.getString(9))),
					deliveries.getOrDefault(rs.getLong(1), Map.of())))
			.list();
	}

	/** Arguments as text: numbers stay numbers (so they are formatted for the reader's language). */
	static String encode(List<Object> args) {
		StringBuilder text = new StringBuilder();
		for (Object arg : args) {
			if (!text.isEmpty()) {
				text.append(SEPARATOR);
			}
			text.append(arg instanceof Number ? "n" : "s").append(arg);
		}
		return text.length() > 500 ? text.substring(0, 500) : text.toString();
	}

	static List<Object> decode(String text) {
		List<Object> args = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return args;
		}
		for (String cell : text.split(String.valueOf(SEPARATOR), -1)) {
			args.add(cell.startsWith("n") ? (Object) Long.valueOf(cell.substring(1)) : cell.substring(1));
		}
		return args;
	}
}
