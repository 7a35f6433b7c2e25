package id.canting.trade.internal;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * The WHERE clause of every trade list and figure, from a period, a basket and optional code and
 * destination: filter values are bound parameters, never SQL text. The period is a range on
 * {@code month_start} and the basket a semi-join to its HS codes, which the figures index serves.
 */
public final class TradeSql {

	public final Map<String, Object> params = new HashMap<>();
	private final List<String> conditions = new ArrayList<>();

	public static TradeSql of(YearMonth from, YearMonth to, String basketCode, String hsCode, String countryCode) {
		TradeSql where = new TradeSql();
		if (from != null) {
			where.add("month_start >= :from", "from", Date.valueOf(from.atDay(1)));
		}
		if (to != null) {
			where.add("month_start <= :to", "to", Date.valueOf(to.atDay(1)));
		}
		if (basketCode != null) {
			where.add("hs_code in (select c.hs_code from product_basket_hs_code c join product_basket b"
					+ " on b.id = c.basket_id where b.code = :basket)", "basket", basketCode);
		}
		if (hsCode != null) {
			where.add("hs_code = :hsCode", "hsCode", hsCode);
		}
		if (countryCode != null) {
			where.add("country_code = :country", "country", countryCode);
		}
		return where;
	}

	public static TradeSql of(ExportFilter filter) {
		return of(filter.from(), filter.to(), filter.basketCode(), filter.hsCode(), filter.countryCode());
	}

	private void add(String condition, String param, Object value) {
		conditions.add(condition);
		params.put(param, value);
	}

	/**
	 * @throws InvalidInputException naming the {@code basket} parameter when no basket has the code
	 */
	public static void requireKnownBasket(JdbcClient jdbc, String basketCode) {
		if (basketCode != null && jdbc.sql("select count(*) from product_basket where code = :code")
			.param("code", basketCode).query(Long.class).single() == 0) {
			throw new InvalidInputException(List.of(FieldViolation.of("basket", "validation.basket.unknown", basketCode)));
		}
	}

	public String sql() {
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}
}
