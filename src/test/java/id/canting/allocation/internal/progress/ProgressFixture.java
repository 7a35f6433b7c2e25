package id.canting.allocation.internal.progress;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.AllocationOrderRepository;
import id.canting.allocation.internal.CertificateRule;
import id.canting.allocation.internal.OrderContent;
import id.canting.allocation.internal.OrderUnit;
import id.canting.registry.Technique;
import id.canting.shared.web.Dates;

/**
 * An order of 1,000 pieces with two delivery points (JKT 700, SBY 300) whose plan is confirmed as the
 * test says: producers with a quantity per point, written straight into the module's tables (as the plan
 * room would), the pace counted from {@code startsOn}.
 */
public final class ProgressFixture {

	/** A producer's part of the plan: quantity at JKT and at SBY. */
	public record Part(long ikmId, String province, long jkt, long sby) {
	}

	/** The order made: its id and the ids of its points. */
	public record Made(long orderId, String reference, long jkt, long sby, long planId) {
	}

	private final AllocationOrderRepository orders;
	private final JdbcClient jdbc;

	public ProgressFixture(AllocationOrderRepository orders, JdbcClient jdbc) {
		this.orders = orders;
		this.jdbc = jdbc;
	}

	/**
	 * The demo's producers the progress tests use: the owner's IKM, another active IKM in Jawa Tengah and
	 * one in Jawa Timur (the lowest ids, so the same on every run).
	 */
	public record Producers(long owned, long jateng, long jatim) {

		public static Producers of(JdbcClient jdbc, long owned) {
			long jateng = jdbc.sql("select min(id) from ikm where province_code = '33' and id <> ? and status = 'ACTIVE'")
				.param(owned).query(Long.class).single();
			long jatim = jdbc.sql("select min(id) from ikm where province_code = '35' and status = 'ACTIVE'")
				.query(Long.class).single();
			return new Producers(owned, jateng, jatim);
		}
	}

	public static LocalDate today() {
		return LocalDate.now(Dates.WIB);
	}

	/** A CONFIRMED order started {@code daysAgo} days ago, due {@code daysLeft} days from today. */
	public Made confirmed(String reference, String buyer, int daysAgo, int daysLeft, List<Part> parts) {
		OrderContent content = new OrderContent("Seragam uji " + reference, "Bank Uji", buyer, Technique.CAP, "Parang",
				"Katun", OrderUnit.PIECE, 1000, today().minusDays(daysAgo), today().plusDays(daysLeft), false, false,
				CertificateRule.NOT_REQUIRED, CertificateRule.NOT_REQUIRED, false, 0, null, BigDecimal.ZERO,
				List.of(new OrderContent.Point("JKT", "Embarkasi Jakarta", "31", 700),
						new OrderContent.Point("SBY", "Embarkasi Surabaya", "35", 300)),
				Set.of());
		AllocationOrder order = orders.save(AllocationOrder.draft(reference, content, "admin", Instant.now()));
		jdbc.sql("update allocation_order set status = 'CONFIRMED' where id = ?").param(order.id()).update();
		long jkt = order.point("JKT").id();
		long sby = order.point("SBY").id();
		jdbc.sql("""
				insert into allocation_plan (order_id, version, status, demand, allocated, created_at, created_by)
				values (?, 1, 'CONFIRMED', 1000, ?, ?, 'admin')""")
			.params(order.id(), parts.stream().mapToLong(p -> p.jkt() + p.sby()).sum(), Timestamp.from(Instant.now()))
			.update();
		long plan = jdbc.sql("select id from allocation_plan where order_id = ?").param(order.id()).query(Long.class).single();
		for (Part p : parts) {
			jdbc.sql("""
					insert into allocation_plan_producer (plan_id, ikm_id, province_code, quantity, capacity)
					values (?, ?, ?, ?, ?)""")
				.params(plan, p.ikmId(), p.province(), p.jkt() + p.sby(), 2 * (p.jkt() + p.sby())).update();
			Map<Long, Long> perPoint = new LinkedHashMap<>();
			perPoint.put(jkt, p.jkt());
			perPoint.put(sby, p.sby());
			perPoint.forEach((point, q) -> {
				if (q > 0) {
					jdbc.sql("insert into allocation_plan_delivery (plan_id, ikm_id, delivery_point_id, quantity) values (?, ?, ?, ?)")
						.params(plan, p.ikmId(), point, q).update();
				}
			});
		}
		jdbc.sql("insert into allocation_pace_start (order_id, confirmed_on) values (?, ?)")
			.params(order.id(), Date.valueOf(today().minusDays(daysAgo))).update();
		return new Made(order.id(), reference, jkt, sby, plan);
	}
}
