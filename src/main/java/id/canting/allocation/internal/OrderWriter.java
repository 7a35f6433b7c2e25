package id.canting.allocation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * Writes an edit of an order in place: the order's row (checking its version), its delivery points by
 * code (a kept point keeps its id, which plans and deliveries refer to; a point a plan delivers to cannot
 * be removed) and its preferred provinces. Spring Data JDBC's {@code save} would delete and re-insert the
 * points instead.
 */
@Component
class OrderWriter {

	private final JdbcClient jdbc;

	OrderWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void update(AllocationOrder order, OrderContent c) {
		int rows = jdbc.sql("""
				update allocation_order set title = :title, buyer_name = :buyerName, buyer_username = :buyerUsername,
				  technique = :technique, motif = :motif, fabric = :fabric, unit = :unit, quantity = :quantity,
				  starts_on = :startsOn, due_on = :dueOn, require_nib = :requireNib, require_kbli_13134 = :kbli,
				  batikmark_rule = :batikmark, halal_rule = :halal, require_cap_capability = :cap,
				  minimum_lot = :lot, maximum_share_percent = :share, fairness_factor = :fairness, version = version + 1
				where id = :id and version = :version""")
			.param("title", c.title()).param("buyerName", c.buyerName()).param("buyerUsername", c.buyerUsername())
			.param("technique", c.technique().name()).param("motif", c.motif()).param("fabric", c.fabric())
			.param("unit", c.unit().name()).param("quantity", c.quantity()).param("startsOn", c.startsOn())
			.param("dueOn", c.dueOn()).param("requireNib", c.requireNib()).param("kbli", c.requireKbli13134())
			.param("batikmark", c.batikmarkRule().name()).param("halal", c.halalRule().name())
			.param("cap", c.requireCapCapability()).param("lot", c.minimumLot()).param("share", c.maximumSharePercent())
			.param("fairness", c.fairnessFactor()).param("id", order.id()).param("version", order.version())
			.update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("allocation order " + order.reference() + " changed meanwhile");
		}
		Map<String, Long> existing = new HashMap<>();
		order.deliveryPoints().forEach(p -> existing.put(p.code(), p.id()));
		List<String> kept = c.points().stream().map(OrderContent.Point::code).toList();
		for (var entry : existing.entrySet()) {
			if (kept.contains(entry.getKey())) {
				continue;
			}
			long uses = jdbc.sql("select (select count(*) from allocation_plan_delivery where delivery_point_id = :id)"
					+ " + (select count(*) from allocation_delivery where delivery_point_id = :id)")
				.param("id", entry.getValue()).query(Long.class).single();
			if (uses > 0) {
				throw new InvalidInputException(
						List.of(FieldViolation.of("points", "allocation.order.rule.point-in-plan", entry.getKey())));
			}
			jdbc.sql("delete from allocation_delivery_point where id = :id").param("id", entry.getValue()).update();
		}
		for (int i = 0; i < c.points().size(); i++) {
			OrderContent.Point p = c.points().get(i);
			Long id = existing.get(p.code());
			var sql = id == null ? jdbc.sql("""
					insert into allocation_delivery_point (order_id, code, name, province_code, quantity, position)
					values (:order, :code, :name, :province, :quantity, :position)""").param("order", order.id())
					: jdbc.sql("""
							update allocation_delivery_point set name = :name, province_code = :province,
							  quantity = :quantity, position = :position where id = :id""").param("id", id);
			sql.param("code", p.code()).param("name", p.name()).param("province", p.provinceCode())
				.param("quantity", p.quantity()).param("position", i).update();
		}
		jdbc.sql("delete from allocation_preferred_province where order_id = :order").param("order", order.id()).update();
		c.preferredProvinces().forEach(code -> jdbc.sql(
				"insert into allocation_preferred_province (order_id, province_code) values (:order, :code)")
			.param("order", order.id()).param("code", code).update());
	}
}
