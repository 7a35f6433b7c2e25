package id.canting.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** All visible text comes from the message bundles, and both languages say everything. */
class MessagesTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");
	static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");
	static final List<String> TEXT_ATTRIBUTES = List.of("title", "placeholder", "alt", "aria-label", "value");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		Properties id = load("messages_id.properties");
		Properties en = load("messages_en.properties");
		assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(id.stringPropertyNames());
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		for (String bundle : List.of("messages_id.properties", "messages_en.properties")) {
			List<String> keys = Files.readAllLines(Path.of("src/main/resources", bundle)).stream()
				.filter(line -> line.contains("=") && !line.startsWith("#"))
				.map(line -> line.substring(0, line.indexOf('=')).strip())
				.toList();
			assertThat(keys).as(bundle).doesNotHaveDuplicates();
		}
	}

	/** Every line is a comment, blank, or key=value with a dotted key: a merge left no conflict markers behind. */
	@Test
	void everyLineIsAMessageOrAComment() throws IOException {
		for (String bundle : List.of("messages_id.properties", "messages_en.properties")) {
			List<String> strays = Files.readAllLines(Path.of("src/main/resources", bundle)).stream()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.filter(line -> !line.matches("[a-zA-Z0-9.\\-_]+=.*"))
				.toList();
			assertThat(strays).as(bundle).isEmpty();
		}
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Properties id = load("messages_id.properties");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = STATIC_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!id.containsKey(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			var document = Jsoup.parse(Files.readString(template));
			for (Element element : document.getAllElements()) {
				if (element.is("script, style, title")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (hasWords(text.text())) {
						literals.add(template.getFileName() + ": <" + element.tagName() + "> " + text.text().strip());
					}
				}
				for (String attribute : TEXT_ATTRIBUTES) {
					if (element.hasAttr(attribute) && hasWords(element.attr(attribute))
							&& !(attribute.equals("value") && element.is("option, input[type=hidden]"))) {
						literals.add(template.getFileName() + ": " + attribute + "=" + element.attr(attribute));
					}
				}
			}
		}
		assertThat(literals).isEmpty();
	}

	/** Language switch labels (ID, EN) are codes, not text to translate. */
	private static boolean hasWords(String text) {
		String stripped = text.strip();
		return stripped.codePoints().filter(Character::isLetter).count() > 2;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
