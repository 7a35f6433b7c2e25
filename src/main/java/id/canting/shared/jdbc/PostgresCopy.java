package id.canting.shared.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many rows with PostgreSQL's {@code COPY … FROM STDIN}, on the connection of the current
 * transaction, for the bulk paths (imports): at a million rows, multi-row INSERTs cost several times
 * what COPY does. H2 has no COPY; callers ask {@link #isPostgres} and keep their JDBC batches there.
 * Errors (a duplicate key, a value too long) come back translated by the template, like any of its
 * statements, and abort the transaction like a failed INSERT would.
 */
public final class PostgresCopy {

	/** Flushed to the server at about this many characters, so no COPY is held in memory whole. */
	private static final int CHUNK = 64 * 1024;

	private PostgresCopy() {
	}

	/** Whether the template's database is PostgreSQL (asked once per caller, then kept). */
	public static boolean isPostgres(JdbcTemplate jdbc) {
		return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) con -> con.isWrapperFor(PGConnection.class)));
	}

	/**
	 * Copies the rows {@code writer} adds into {@code tableAndColumns} (e.g. {@code "ikm_dye (ikm_id, dye)"},
	 * never from input) and returns how many the server took.
	 */
	public static long copy(JdbcTemplate jdbc, String tableAndColumns, Consumer<Rows> writer) {
		Long copied = jdbc.execute((ConnectionCallback<Long>) con -> copy(con, tableAndColumns, writer));
		return copied == null ? 0 : copied;
	}

	private static long copy(Connection con, String tableAndColumns, Consumer<Rows> writer) throws SQLException {
		CopyIn copy = con.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + tableAndColumns + " from stdin");
		try {
			Rows rows = new Rows(copy);
			writer.accept(rows);
			rows.flush();
			return copy.endCopy();
		}
		catch (CopyFailedException e) {
			cancel(copy);
			throw (SQLException) e.getCause();
		}
		catch (SQLException | RuntimeException e) {
			cancel(copy);
			throw e;
		}
	}

	private static void cancel(CopyIn copy) throws SQLException {
		if (copy.isActive()) {
			copy.cancelCopy();
		}
	}

	/** The rows of one COPY, in PostgreSQL's text format: tab between values, \N for null. */
	public static final class Rows {

		private final CopyIn copy;
		private final StringBuilder buffer = new StringBuilder(CHUNK + 1024);

		private Rows(CopyIn copy) {
			this.copy = copy;
		}

		/** One row, its values in the order of the columns; null, text, numbers, timestamps. */
		public Rows add(Object... values) {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					buffer.append('\t');
				}
				append(values[i]);
			}
			buffer.append('\n');
			if (buffer.length() >= CHUNK) {
				try {
					flush();
				}
				catch (SQLException e) {
					throw new CopyFailedException(e);
				}
			}
			return this;
		}

		private void append(Object value) {
			if (value == null) {
				buffer.append("\\N");
			}
			else if (value instanceof Number || value instanceof Boolean) {
				buffer.append(value);
			}
			else if (value instanceof Timestamp timestamp) {
				// the same local time a JDBC setTimestamp sends; microseconds, as the column keeps
				Timestamp micros = new Timestamp(timestamp.getTime());
				micros.setNanos(timestamp.getNanos() / 1000 * 1000);
				buffer.append(micros);
			}
			else {
				escape(value.toString());
			}
		}

		private void escape(String text) {
			if (!needsEscaping(text)) {
				// most values (names, numbers as text, JSON without newlines): one copy, not one append per char
				buffer.append(text);
				return;
			}
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '\\' -> buffer.append("\\\\");
					case '\t' -> buffer.append("\\t");
					case '\n' -> buffer.append("\\n");
					case '\r' -> buffer.append("\\r");
					default -> buffer.append(c);
				}
			}
		}

		private static boolean needsEscaping(String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
					return true;
				}
			}
			return false;
		}

		private void flush() throws SQLException {
			if (!buffer.isEmpty()) {
				byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
				copy.writeToCopy(bytes, 0, bytes.length);
				buffer.setLength(0);
			}
		}
	}

	/** A COPY write failed half-way; unwrapped back to its SQLException for the template to translate. */
	private static final class CopyFailedException extends RuntimeException {

		CopyFailedException(SQLException cause) {
			super(cause);
		}
	}
}
