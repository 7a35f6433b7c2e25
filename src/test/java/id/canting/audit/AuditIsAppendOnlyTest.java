package id.canting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** No code path in the application changes or removes an audit entry: only INSERT and SELECT. */
class AuditIsAppendOnlyTest {

	static final Pattern CHANGING_SQL = Pattern.compile("(?i)\\b(update\\s+audit_|delete\\s+from\\s+audit_"
			+ "|merge\\s+into\\s+audit_|truncate\\s+(table\\s+)?audit_|drop\\s+table\\s+audit_)");

	@Test
	void noSourceOrMigrationUpdatesOrDeletesAuditRows() throws IOException {
		List<String> offending;
		try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
			offending = files.filter(Files::isRegularFile)
				.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
				.filter(p -> CHANGING_SQL.matcher(read(p)).find())
				.map(Path::toString)
				.toList();
		}
		assertThat(offending).isEmpty();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
