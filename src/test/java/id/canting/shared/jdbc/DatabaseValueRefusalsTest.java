package id.canting.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

import id.canting.shared.FieldViolation;

/** A value the database cannot store is the request's fault (400), not a conflict (409). */
class DatabaseValueRefusalsTest {

	final DatabaseValueRefusals.Translator translator = new DatabaseValueRefusals.Translator(
			new SQLStateSQLExceptionTranslator());

	@Test
	void postgresqlTooLongNamesTheLimit() {
		var refused = translator.translate("insert", "insert into x", new SQLException(
				"ERROR: value too long for type character varying(150)", "22001"));
		assertThat(refused).isInstanceOf(StoredValueRefusedException.class);
		FieldViolation violation = ((StoredValueRefusedException) refused).violations().get(0);
		assertThat(violation.field()).isEqualTo("value");
		assertThat(violation.arguments()).containsExactly("150");
	}

	@Test
	void h2TooLongNamesTheColumn() {
		var refused = translator.translate("insert", "insert into x", new SQLException(
				"Value too long for column \"owner_name CHARACTER VARYING(120)\": \"'xxxx' (121)\"", "22001"));
		FieldViolation violation = ((StoredValueRefusedException) refused).violations().get(0);
		assertThat(violation.field()).isEqualTo("ownerName");
		assertThat(violation.arguments()).containsExactly("120");
	}

	@Test
	void aNulThatPostgresqlCannotStoreIsRefusedAsInput() {
		var refused = translator.translate("insert", "insert into x", new SQLException(
				"ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
		assertThat(((StoredValueRefusedException) refused).violations().get(0).messageKey())
			.isEqualTo("validation.control-characters");
	}

	@Test
	void aRealConflictStaysAnIntegrityViolation() {
		var conflict = translator.translate("insert", "insert into x", new SQLException("duplicate key", "23505"));
		assertThat(conflict).isInstanceOf(DataIntegrityViolationException.class)
			.isNotInstanceOf(StoredValueRefusedException.class);
	}
}
