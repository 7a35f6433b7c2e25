package id.canting.trade;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.trade.internal.TradeSql;

/**
 * Export figures summed live from the records on every call (no rebuild step, no cache), so an edit
 * or an import shows in the next request. A period is {@code from}..{@code to}, both months
 * included; a basket code keeps that basket's HS codes ({@code null}: all records). Every query is
 * a range on the figures index ({@code month_start, hs_code, country_code, source, value_usd,
 * net_weight_kg}) with the basket as a semi-join, so PostgreSQL reads the index only.
 */
@Service
@Transactional(readOnly = true)
public class TradeFigures {

	/** The sum of a period: value, weight, number of records, the sources they come from. */
	public record Totals(BigDecimal valueUsd, BigDecimal netWeightKg, long records, List<String> sources) {
	}

	/** One month's sum. */
	public record MonthFigure(YearMonth month, BigDecimal valueUsd, BigDecimal netWeightKg, long records) {
	}

	/** The sum under one key: a destination country code or an HS code. */
	public record KeyFigure(String key, BigDecimal valueUsd, BigDecimal netWeightKg, long records) {
	}

	private final JdbcClient jdbc;

	TradeFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @throws id.canting.shared.InvalidInputException naming {@code basket} when no basket has the code */
	public Totals totals(YearMonth from, YearMonth to, String basketCode) {
		TradeSql.requireKnownBasket(jdbc, basketCode);
		TradeSql where = TradeSql.of(from, to, basketCode, null, null);
		List<KeyFigure> bySource = jdbc.sql("select source as k, sum(value_usd) as v, sum(net_weight_kg) as w,"
				+ " count(*) as n from export_record" + where.sql() + " group by source")
			.params(where.params).query(this::keyFigure).list();
		return new Totals(bySource.stream().map(KeyFigure::valueUsd).reduce(BigDecimal.ZERO, BigDecimal::add),
				bySource.stream().map(KeyFigure::netWeightKg).reduce(BigDecimal.ZERO, BigDecimal::add),
				bySource.stream().mapToLong(KeyFigure::records).sum(),
				List.copyOf(new TreeSet<>(bySource.stream().map(KeyFigure::key).toList())));
	}

	/** Month by month, in time order; months without records are absent. */
	public List<MonthFigure> byMonth(YearMonth from, YearMonth to, String basketCode) {
		TradeSql.requireKnownBasket(jdbc, basketCode);
		TradeSql where = TradeSql.of(from, to, basketCode, null, null);
		return jdbc.sql("select month_start, sum(value_usd) as v, sum(net_weight_kg) as w, count(*) as n"
				+ " from export_record" + where.sql() + " group by month_start order by month_start")
			.params(where.params)
			.query((rs, n) -> new MonthFigure(YearMonth.from(rs.getDate("month_start").toLocalDate()),
					rs.getBigDecimal("v"), rs.getBigDecimal("w"), rs.getLong("n")))
			.list();
	}

	/** By destination country, largest value first. */
	public List<KeyFigure> byCountry(YearMonth from, YearMonth to, String basketCode) {
		return byColumn("country_code", from, to, basketCode);
	}

	/** By HS code, largest value first. */
	public List<KeyFigure> byHsCode(YearMonth from, YearMonth to, String basketCode) {
		return byColumn("hs_code", from, to, basketCode);
	}

	/** The latest month with any record, to choose a default period. */
	public Optional<YearMonth> latestMonth() {
		return firstValue("select max(month_start) from export_record", (rs, n) -> rs.getDate(1))
			.map(d -> YearMonth.from(d.toLocalDate()));
	}

	/** The earliest month with any record. */
	public Optional<YearMonth> earliestMonth() {
		return firstValue("select min(month_start) from export_record", (rs, n) -> rs.getDate(1))
			.map(d -> YearMonth.from(d.toLocalDate()));
	}

	/** The latest change to any export record: the figures are as of then. */
	public Optional<Instant> lastChangedAt() {
		return firstValue("select max(updated_at) from export_record", (rs, n) -> rs.getTimestamp(1))
			.map(Timestamp::toInstant);
	}

	// an aggregate over no rows is one row holding null, which single() refuses: empty, not an error
	private <T> Optional<T> firstValue(String sql, RowMapper<T> column) {
		return jdbc.sql(sql).query(column).list().stream().filter(Objects::nonNull).findFirst();
	}

	// column comes from the two call sites above, never from input
	private List<KeyFigure> byColumn(String column, YearMonth from, YearMonth to, String basketCode) {
		TradeSql.requireKnownBasket(jdbc, basketCode);
		TradeSql where = TradeSql.of(from, to, basketCode, null, null);
		return jdbc.sql("select " + column + " as k, sum(value_usd) as v, sum(net_weight_kg) as w, count(*) as n"
				+ " from export_record" + where.sql() + " group by " + column + " order by v desc, k asc")
			.params(where.params).query(this::keyFigure).list();
	}

	private KeyFigure keyFigure(ResultSet rs, int row) throws SQLException {
		return new KeyFigure(rs.getString("k"), rs.getBigDecimal("v"), rs.getBigDecimal("w"), rs.getLong("n"));
	}
}
