package id.canting.shared.jdbc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * Before any aggregate is written, every text property is held to the length of its column, read
 * from the database itself: an over-long value is refused as a broken field rule naming the
 * property (400 on the API, the field's error on a form, nothing written) instead of reaching the
 * database, which refused it as a misleading 409 or a 500. Module rules still say the lengths they
 * promise their users; this is the net under all of them, so a new field or a narrowed column can
 * never turn into a server error. Writes through plain SQL are covered by {@link DatabaseValueRefusals}.
 */
@Component
class ColumnLengthGuard implements BeforeConvertCallback<Object> {

	private final RelationalMappingContext mapping;
	private final JdbcClient jdbc;
	private volatile Map<String, Integer> lengths;

	ColumnLengthGuard(RelationalMappingContext mapping, JdbcClient jdbc) {
		this.mapping = mapping;
		this.jdbc = jdbc;
	}

	@Override
	public Object onBeforeConvert(Object aggregate) {
		RelationalPersistentEntity<?> entity = mapping.getPersistentEntity(aggregate.getClass());
		if (entity == null) {
			return aggregate;
		}
		List<FieldViolation> violations = new ArrayList<>();
		check(aggregate, entity, entity.getTableName().getReference(), violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return aggregate;
	}

	private void check(Object bean, RelationalPersistentEntity<?> entity, String table, List<FieldViolation> violations) {
		PersistentPropertyAccessor<?> properties = entity.getPropertyAccessor(bean);
		for (RelationalPersistentProperty property : entity) {
			Object value = properties.getProperty(property);
			if (value == null) {
				continue;
			}
			if (property.isEmbedded()) {
				check(value, mapping.getRequiredPersistentEntity(property), table, violations);
			}
			else if (property.isEntity() && value instanceof Iterable<?> children) {
				RelationalPersistentEntity<?> child = mapping.getRequiredPersistentEntity(property.getActualType());
				children.forEach(c -> check(c, child, child.getTableName().getReference(), violations));
			}
			else if (property.isEntity() && !(value instanceof Map<?, ?>)) {
				RelationalPersistentEntity<?> child = mapping.getRequiredPersistentEntity(property.getActualType());
				check(value, child, child.getTableName().getReference(), violations);
			}
			else if (value instanceof String text) {
				Integer max = lengths().get(key(table, property.getColumnName().getReference()));
				if (max != null && text.length() > max) {
					violations.add(FieldViolation.of(property.getName(), "validation.too-long", max, text.length()));
				}
			}
		}
	}

	private Map<String, Integer> lengths() {
		Map<String, Integer> known = lengths;
		if (known == null) {
			Map<String, Integer> read = new HashMap<>();
			// current_schema without parentheses is valid on PostgreSQL and H2; text columns have no maximum
			jdbc.sql("""
					select table_name, column_name, character_maximum_length from information_schema.columns
					 where table_schema = current_schema and character_maximum_length is not null
					   and lower(data_type) in ('character varying', 'varchar', 'character', 'char')""")
				.query((rs, n) -> read.put(key(rs.getString(1), rs.getString(2)), rs.getInt(3)))
				.list();
			lengths = known = Map.copyOf(read);
		}
		return known;
	}

	private static String key(String table, String column) {
		return (table + "." + column).toLowerCase(Locale.ROOT);
	}
}
