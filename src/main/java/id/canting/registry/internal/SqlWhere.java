package id.canting.registry.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A WHERE clause built from optional conditions, each with its bound parameter: filter values never
 * become SQL text.
 */
public final class SqlWhere {

	public final Map<String, Object> params = new HashMap<>();
	private final List<String> conditions = new ArrayList<>();

	public void eq(String column, String param, Object value) {
		if (value != null && !(value instanceof String s && s.isBlank())) {
			add(column + " = :" + param, param, value);
		}
	}

	void add(String condition, String param, Object value) {
		conditions.add(condition);
		params.put(param, value);
	}

	public String sql() {
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	/** A case-insensitive "contains" pattern with the user's own % and _ taken literally. */
	static String like(String q) {
		String escaped = q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}
}
