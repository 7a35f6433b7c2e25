package id.canting.allocation.internal.progress;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.canting.allocation.internal.AllocationOrder;
import id.canting.registry.IkmId;

/**
 * Reads an order's current confirmed plan, the production and delivery reports and the pace start
 * from the module's tables, as {@link ProducerStanding}s: a handful of grouped queries per order, never
 * one per producer.
 */
@Component
class ProgressFigures {

	private final JdbcClient jdbc;

	ProgressFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The id of the order's current confirmed plan, if it has one. */
	Optional<Long> confirmedPlan(long orderId) {
		return jdbc.sql("select id from allocation_plan where order_id = ? and status = 'CONFIRMED' order by version desc")
			.param(orderId).query(Long.class).list().stream().findFirst();
	}

	/** Every producer with a quantity in the current confirmed plan (or delivering already), by IKM id. */
	Map<IkmId, ProducerStanding> standings(long orderId) {
		Map<Long, long[]> totals = new LinkedHashMap<>(); // allocated, produced, delivered
		Map<Long, String> provinces = new HashMap<>();
		Map<Long, Map<Long, Long>> allocatedPerPoint = new HashMap<>();
		Map<Long, Map<Long, Long>> deliveredPerPoint = new HashMap<>();
		confirmedPlan(orderId).ifPresent(plan -> {
			jdbc.sql("select ikm_id, province_code, quantity from allocation_plan_producer where plan_id = ? and quantity > 0 order by ikm_id")
				.param(plan)
				.query(rs -> {
					long ikm = rs.getLong(1);
					provinces.put(ikm, rs.getString(2));
					totals.computeIfAbsent(ikm, k -> new long[3])[0] = rs.getLong(3);
				});
			jdbc.sql("select ikm_id, delivery_point_id, quantity from allocation_plan_delivery where plan_id = ? and quantity > 0")
				.param(plan)
				.query(rs -> {
					allocatedPerPoint.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getLong(3));
				});
		});
		jdbc.sql("select ikm_id, max(produced_to_date) from allocation_progress where order_id = ? group by ikm_id")
			.param(orderId)
			.query(rs -> {
				totals.computeIfAbsent(rs.getLong(1), k -> new long[3])[1] = rs.getLong(2);
			});
		jdbc.sql("select ikm_id, delivery_point_id, sum(quantity) from allocation_delivery where order_id = ? group by ikm_id, delivery_point_id")
			.param(orderId)
			.query(rs -> {
				long ikm = rs.getLong(1);
				totals.computeIfAbsent(ikm, k -> new long[3])[2] += rs.getLong(3);
				deliveredPerPoint.computeIfAbsent(ikm, k -> new HashMap<>()).put(rs.getLong(2), rs.getLong(3));
			});
		Map<IkmId, ProducerStanding> standings = new LinkedHashMap<>();
		totals.forEach((ikm, t) -> standings.put(new IkmId(ikm), new ProducerStanding(new IkmId(ikm), provinces.get(ikm),
				t[0], t[1], t[2], allocatedPerPoint.getOrDefault(ikm, Map.of()), deliveredPerPoint.getOrDefault(ikm, Map.of()))));
		return standings;
	}

	/** What was delivered in all at each delivery point (by its id). */
	Map<Long, Long> deliveredPerPoint(long orderId) {
		Map<Long, Long> delivered = new HashMap<>();
		jdbc.sql("select delivery_point_id, sum(quantity) from allocation_delivery where order_id = ? group by delivery_point_id")
			.param(orderId).query(rs -> {
				delivered.put(rs.getLong(1), rs.getLong(2));
			});
		return delivered;
	}

	/** Everything delivered on the order. */
	long deliveredTotal(long orderId) {
		return jdbc.sql("select coalesce(sum(quantity), 0) from allocation_delivery where order_id = ?")
			.param(orderId).query(Long.class).single();
	}

	/**
	 * From when a producer's pace counts: the day the plan was first confirmed, but not before the
	 * order's production starts; the start day when the confirmation was not recorded.
	 */
	LocalDate paceStart(AllocationOrder order) {
		LocalDate confirmed = jdbc.sql("select confirmed_on from allocation_pace_start where order_id = ?")
			.param(order.id()).query(LocalDate.class).optional().orElse(order.startsOn());
		return confirmed.isAfter(order.startsOn()) ? confirmed : order.startsOn();
	}

	/** Records the first confirmation's day of an order; a later one (a re-plan) changes nothing. */
	void recordConfirmation(long orderId, LocalDate on) {
		jdbc.sql("""
				insert into allocation_pace_start (order_id, confirmed_on)
				select ?, ? where not exists (select 1 from allocation_pace_start where order_id = ?)""")
			.params(orderId, Date.valueOf(on), orderId).update();
	}

	/** The IKM raised behind pace on this day for this order. */
	java.util.Set<Long> alertedOn(long orderId, LocalDate day) {
		return new java.util.HashSet<>(jdbc.sql("select ikm_id from allocation_pace_alert where order_id = ? and raised_on = ?")
			.params(orderId, Date.valueOf(day)).query(Long.class).list());
	}
}
