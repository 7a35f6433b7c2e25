package id.canting.trade.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

/** Lists of export records, filtered and paged, with the count and sums of all records the filter keeps. */
@Service
@Transactional(readOnly = true)
public class TradeQueries {

	/** Properties an export list may be sorted by, mapped to SQL. */
	public static final Map<String, String> SORTS = Map.of("month", "month_start", "hsCode", "hs_code", "country",
			"country_code", "valueUsd", "value_usd", "netWeightKg", "net_weight_kg", "source", "source");

	/** How many records a filter keeps and what they add up to: the figure a dashboard showed. */
	public record ListTotals(long records, BigDecimal valueUsd, BigDecimal netWeightKg) {
	}

	private final JdbcClient jdbc;

	TradeQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PageResponse<ExportRecordSummary> exports(Actor actor, ExportFilter filter, PageRequest page) {
		TradeAccess.requireReader(actor);
		TradeSql.requireKnownBasket(jdbc, filter.basketCode());
		TradeSql where = TradeSql.of(filter);
		long total = jdbc.sql("select count(*) from export_record" + where.sql()).params(where.params)
			.query(Long.class).single();
		String order = SORTS.get(page.sortProperty()) + (page.ascending() ? " asc" : " desc") + ", id asc";
		List<ExportRecordSummary> rows = jdbc.sql("""
				select id, month_start, hs_code, country_code, value_usd, net_weight_kg, source
				from export_record""" + where.sql() + " order by " + order + " limit :limit offset :offset")
			.params(where.params)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new ExportRecordSummary(rs.getLong("id"),
					YearMonth.from(rs.getDate("month_start").toLocalDate()), rs.getString("hs_code"),
					rs.getString("country_code"), rs.getBigDecimal("value_usd"), rs.getBigDecimal("net_weight_kg"),
					rs.getString("source")))
			.list();
		return PageResponse.of(rows, page, total);
	}

	public ListTotals totals(Actor actor, ExportFilter filter) {
		TradeAccess.requireReader(actor);
		TradeSql.requireKnownBasket(jdbc, filter.basketCode());
		TradeSql where = TradeSql.of(filter);
		return jdbc.sql("select count(*) as n, coalesce(sum(value_usd), 0) as v, coalesce(sum(net_weight_kg), 0) as w"
				+ " from export_record" + where.sql())
			.params(where.params)
			.query((rs, n) -> new ListTotals(rs.getLong("n"), rs.getBigDecimal("v"), rs.getBigDecimal("w")))
			.single();
	}
}
