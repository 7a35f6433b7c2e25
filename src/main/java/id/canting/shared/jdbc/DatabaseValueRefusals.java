package id.canting.shared.jdbc;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;

import id.canting.shared.FieldViolation;

/**
 * Tells a value the database refuses apart from a conflict: SQL state 22001 (string too long) and
 * 22021/22P05 (a character the database cannot store, such as NUL on PostgreSQL) become a
 * {@link StoredValueRefusedException} (400) instead of the generic integrity violation (409).
 * The net under {@link ColumnLengthGuard} and the control-character checks, for writes through plain
 * SQL (JdbcClient) that no rule checked. H2 names the column; PostgreSQL only the limit.
 */
@Component
class DatabaseValueRefusals implements BeanPostProcessor {

	private static final Pattern H2_COLUMN = Pattern.compile("column \"?([A-Za-z0-9_]+) [A-Z ]*\\((\\d+)\\)");
	private static final Pattern LIMIT = Pattern.compile("\\((\\d+)\\)");

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof JdbcTemplate template) {
			template.setExceptionTranslator(new Translator(template.getExceptionTranslator()));
		}
		return bean;
	}

	record Translator(SQLExceptionTranslator delegate) implements SQLExceptionTranslator {

		@Override
		public DataAccessException translate(String task, String sql, SQLException ex) {
			String state = stateOf(ex);
			String message = String.valueOf(ex.getMessage());
			if ("22001".equals(state)) {
				Matcher column = H2_COLUMN.matcher(message);
				Matcher limit = LIMIT.matcher(message);
				String field = column.find() ? camelCase(column.group(1)) : "value";
				String max = column.find(0) ? column.group(2) : limit.find() ? limit.group(1) : "?";
				return new StoredValueRefusedException(task + ": " + message, ex,
						FieldViolation.of(field, "validation.too-long-for-store", max));
			}
			if ("22021".equals(state) || "22P05".equals(state)) {
				return new StoredValueRefusedException(task + ": " + message, ex,
						FieldViolation.of("value", "validation.control-characters"));
			}
			return delegate.translate(task, sql, ex);
		}

		private static String stateOf(SQLException ex) {
			for (SQLException e = ex; e != null; e = e.getNextException()) {
				if (e.getSQLState() != null) {
					return e.getSQLState();
				}
			}
			return null;
		}

		static String camelCase(String column) {
			StringBuilder out = new StringBuilder();
			boolean upper = false;
			for (char c : column.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
				if (c == '_') {
					upper = true;
				}
				else {
					out.append(upper ? Character.toUpperCase(c) : c);
					upper = false;
				}
			}
			return out.toString();
		}
	}
}
