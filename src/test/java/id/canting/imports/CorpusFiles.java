package id.canting.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import corpus under src/test/resources/imports/corpus and its expected.json: one entry per
 * file, with how it was made, what it covers, the cell types it was made with and what importing it
 * must give.
 */
final class CorpusFiles {

	static final String DIR = "/imports/corpus/";

	private CorpusFiles() {
	}

	/** Every entry of expected.json. */
	static List<JsonNode> entries() {
		try (InputStream in = CorpusFiles.class.getResourceAsStream(DIR + "expected.json")) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			return StreamSupport.stream(root.get("files").spliterator(), false).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The corpus folder as test resources hold it. */
	static Path dir() {
		try {
			return Path.of(CorpusFiles.class.getResource(DIR + "expected.json").toURI()).getParent();
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	static Path file(JsonNode entry) {
		return dir().resolve(entry.get("file").asString());
	}

	static byte[] bytes(JsonNode entry) {
		try {
			return Files.readAllBytes(file(entry));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}
}
