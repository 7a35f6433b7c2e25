package id.canting.matching.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.canting.matching.BuyerType;

/**
 * The organiser's rules on who may meet whom, stored as plain rows: pairs that may not meet (with the
 * reason) and, per buyer type, whether its buyers meet only Batikmark-certified sellers.
 */
@Repository
public class OrganiserRules {

	/** A buyer and a seller the organiser keeps apart. */
	public record BlockedPair(long buyerId, long sellerId, String reason) {
	}

	private final JdbcClient jdbc;

	OrganiserRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isBlocked(String eventCode, long buyerId, long sellerId) {
		return jdbc.sql("""
				select count(*) from matching_blocked_pair
				where event_code = :event and buyer_id = :buyer and seller_id = :seller""")
			.param("event", eventCode).param("buyer", buyerId).param("seller", sellerId)
			.query(Long.class).single() > 0;
	}

	public List<BlockedPair> blockedPairs(String eventCode) {
		return jdbc.sql("select buyer_id, seller_id, reason from matching_blocked_pair where event_code = :event"
				+ " order by buyer_id, seller_id")
			.param("event", eventCode)
			.query((rs, n) -> new BlockedPair(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
	}

	/** Returns whether the pair was not blocked before. */
	boolean block(String eventCode, long buyerId, long sellerId, String reason) {
		if (isBlocked(eventCode, buyerId, sellerId)) {
			return false;
		}
		jdbc.sql("insert into matching_blocked_pair (event_code, buyer_id, seller_id, reason) values (?, ?, ?, ?)")
			.params(eventCode, buyerId, sellerId, reason).update();
		return true;
	}

	/** Returns whether the pair was blocked. */
	boolean unblock(String eventCode, long buyerId, long sellerId) {
		return jdbc.sql("delete from matching_blocked_pair where event_code = ? and buyer_id = ? and seller_id = ?")
			.params(eventCode, buyerId, sellerId).update() > 0;
	}

	/** The buyer types whose buyers meet only Batikmark-certified sellers (every type listed, false when not set). */
	public Map<BuyerType, Boolean> typeRules(String eventCode) {
		Map<BuyerType, Boolean> rules = new EnumMap<>(BuyerType.class);
		for (BuyerType type : BuyerType.values()) {
			rules.put(type, false);
		}
		jdbc.sql("select buyer_type, requires_batikmark from matching_type_rule where event_code = :event")
			.param("event", eventCode)
			.query(rs -> {
				rules.put(BuyerType.valueOf(rs.getString(1)), rs.getBoolean(2));
			});
		return rules;
	}

	public boolean requiresBatikmark(String eventCode, BuyerType type) {
		return type != null && typeRules(eventCode).get(type);
	}

	void setTypeRule(String eventCode, BuyerType type, boolean requiresBatikmark) {
		jdbc.sql("delete from matching_type_rule where event_code = ? and buyer_type = ?").params(eventCode, type.name())
			.update();
		jdbc.sql("insert into matching_type_rule (event_code, buyer_type, requires_batikmark) values (?, ?, ?)")
			.params(eventCode, type.name(), requiresBatikmark).update();
	}
}
